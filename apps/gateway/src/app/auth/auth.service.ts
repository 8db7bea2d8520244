import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { ApiKeyDto, DomainError, ErrorCode, LoginResponseDto, Role, ROLES, UserDto } from '@sightline/contracts';
import { ApiKeyEntity, UserEntity } from '@sightline/persistence';
import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuditService } from '../audit/audit.service';
import { hashPassword, verifyPassword } from './password';
import { Principal } from './roles.decorator';
import { UserRepository } from './user.repository';

interface TokenClaims {
  sub: string;
  name: string;
  role: Role;
}

// Compared against when the username is unknown, so both cases take the same time.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==';

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthService.name);
  constructor(
    @Inject(CONFIG) private readonly config: SightlineConfig,
    private readonly users: UserRepository,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
  ) {}

  /** First start on an empty database: create `admin`, with ADMIN_PASSWORD or a generated password kept in a mode-600 file. */
  async onApplicationBootstrap(): Promise<void> {
    if ((await this.users.count()) > 0) {
      return;
    }
    let password = this.config.adminPassword;
    if (!password) {
      password = randomBytes(15).toString('base64url');
      const file = join(this.config.dataDir, 'admin-password');
      writeFileSync(file, `${password}\n`, { mode: 0o600 });
      this.logger.warn(`Created user "admin" with a generated password: ${password} (also written to ${file})`);
    } else {
      this.logger.log('Created user "admin" with the password from ADMIN_PASSWORD');
    }
    try {
      await this.users.insertUser(Object.assign(new UserEntity(), { username: 'admin', passwordHash: await hashPassword(password), role: 'admin', createdAt: new Date() }));
      await this.audit.record({ actor: 'system', action: 'user.create', targetType: 'user', targetId: 'admin', details: { role: 'admin', bootstrap: true } });
    } catch (error) {
      // Another gateway replica created it first.
      if (!(await this.users.findByUsername('admin'))) {
        throw error;
      }
    }
  }

  async login(username: string, password: string): Promise<LoginResponseDto> {
    const user = await this.users.findByUsername(username);
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok) {
      throw new DomainError(ErrorCode.Unauthenticated, 'wrong username or password');
    }
    const claims: TokenClaims = { sub: user.id, name: user.username, role: user.role as Role };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.jwtTtlSeconds });
    return { accessToken, tokenType: 'Bearer', expiresIn: this.config.jwtTtlSeconds, user: this.userView(user) };
  }

  async principalFromToken(token: string): Promise<Principal> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new DomainError(ErrorCode.Unauthenticated, 'the access token is invalid or has expired: log in again');
    }
    return { id: claims.sub, name: claims.name, role: claims.role, kind: 'user' };
  }

  async principalFromApiKey(key: string): Promise<Principal> {
    const row = await this.users.findActiveKeyByHash(hashApiKey(key));
    if (!row) {
      throw new DomainError(ErrorCode.Unauthenticated, 'the API key is unknown or revoked');
    }
    return { id: `key:${row.id}`, name: `key:${row.name}`, role: row.role as Role, kind: 'api-key' };
  }

  async me(principal: Principal): Promise<UserDto> {
    if (principal.kind === 'api-key') {
      return { id: principal.id, username: principal.name, role: principal.role };
    }
    const user = await this.users.findById(principal.id);
    if (!user) {
      throw new DomainError(ErrorCode.Unauthenticated, 'this account no longer exists');
    }
    return this.userView(user);
  }

  async createUser(actor: Principal, username: string, password: string, role: Role): Promise<UserDto> {
    if (!ROLES.includes(role)) {
      throw new DomainError(ErrorCode.InvalidArgument, `role must be one of ${ROLES.join(', ')}`);
    }
    if (await this.users.findByUsername(username)) {
      throw new DomainError(ErrorCode.AlreadyExists, `user "${username}" already exists`);
    }
    const user = await this.users.insertUser(Object.assign(new UserEntity(), { username, passwordHash: await hashPassword(password), role, createdAt: new Date() }));
    await this.audit.record({ actor: actor.name, action: 'user.create', targetType: 'user', targetId: user.id, details: { username, role } });
    return this.userView(user);
  }

  async listUsers(): Promise<UserDto[]> {
    return (await this.users.list()).map((u) => this.userView(u));
  }

  async createApiKey(actor: Principal, name: string, role: Role): Promise<{ id: string; key: string }> {
    const key = `sl_${randomBytes(24).toString('base64url')}`;
    const row = await this.users.insertKey(
      Object.assign(new ApiKeyEntity(), { name, role, keyHash: hashApiKey(key), prefix: key.slice(0, 8), createdBy: actor.name, createdAt: new Date(), revokedAt: null }),
    );
    await this.audit.record({ actor: actor.name, action: 'api-key.create', targetType: 'api-key', targetId: row.id, details: { name, role } });
    return { id: row.id, key };
  }

  async listApiKeys(): Promise<ApiKeyDto[]> {
    return (await this.users.listKeys()).map((k) => ({
      id: k.id,
      name: k.name,
      role: k.role as Role,
      prefix: k.prefix,
      createdAt: k.createdAt.toISOString(),
      revokedAt: k.revokedAt ? k.revokedAt.toISOString() : null,
    }));
  }

  async revokeApiKey(actor: Principal, id: string): Promise<void> {
    const key = await this.users.findKey(id);
    if (!key) {
      throw new DomainError(ErrorCode.NotFound, `API key ${id} not found`);
    }
    if (!key.revokedAt) {
      await this.users.revokeKey(id, new Date());
      await this.audit.record({ actor: actor.name, action: 'api-key.revoke', targetType: 'api-key', targetId: id, details: { name: key.name } });
    }
  }

  private userView(user: UserEntity): UserDto {
    return { id: user.id, username: user.username, role: user.role as Role, createdAt: user.createdAt.toISOString() };
  }
}
