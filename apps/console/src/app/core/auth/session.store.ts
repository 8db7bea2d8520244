import { computed, Injectable, signal } from '@angular/core';

export type Role = 'admin' | 'operator' | 'viewer';

export interface SessionUser {
  id: string;
  username: string;
  role: Role;
}

interface StoredSession {
  token: string;
  expiresAt: number;
  user: SessionUser;
}

const STORAGE_KEY = 'sightline.session';

/** The signed-in user and their token, kept in localStorage so a reload keeps the session. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly session = signal<StoredSession | null>(readStored());

  readonly token = computed(() => this.session()?.token ?? null);
  readonly user = computed(() => this.session()?.user ?? null);
  readonly role = computed(() => this.user()?.role ?? null);
  readonly isAdmin = computed(() => this.role() === 'admin');
  /** Viewers are read-only: every write action is hidden or disabled for them. */
  readonly canWrite = computed(
    () => this.role() === 'admin' || this.role() === 'operator',
  );

  isAuthenticated(): boolean {
    const session = this.session();
    if (!session) {
      return false;
    }
    if (session.expiresAt <= Date.now()) {
      this.clear();
      return false;
    }
    return true;
  }

  start(token: string, expiresInSeconds: number, user: SessionUser): void {
    const session: StoredSession = {
      token,
      expiresAt: Date.now() + expiresInSeconds * 1000,
      user,
    };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    this.session.set(session);
  }

  updateUser(user: SessionUser): void {
    const session = this.session();
    if (session) {
      this.start(session.token, (session.expiresAt - Date.now()) / 1000, user);
    }
  }

  clear(): void {
    localStorage.removeItem(STORAGE_KEY);
    this.session.set(null);
  }
}

function readStored(): StoredSession | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const parsed = raw ? (JSON.parse(raw) as StoredSession) : null;
    return parsed &&
      typeof parsed.token === 'string' &&
      parsed.expiresAt > Date.now()
      ? parsed
      : null;
  } catch {
    return null;
  }
}
