import { SetMetadata } from '@nestjs/common';
import type { Role } from '@sightline/contracts';

export const PUBLIC_KEY = 'sightline:public';
export const ROLE_KEY = 'sightline:role';

/** No credentials needed (health, login). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/**
 * The least role a route needs. Without it, reads need `viewer` and writes `operator`.
 */
export const RequireRole = (role: Role): MethodDecorator & ClassDecorator => SetMetadata(ROLE_KEY, role);

export const ROLE_RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

export interface Principal {
  /** User id, or `key:<id>` for an API key. */
  id: string;
  name: string;
  role: Role;
  kind: 'user' | 'api-key';
}
