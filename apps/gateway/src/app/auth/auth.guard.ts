import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ErrorCode, Role } from '@sightline/contracts';
import type { Request } from 'express';
import { AuthService } from './auth.service';
import { Principal, PUBLIC_KEY, ROLE_KEY, ROLE_RANK } from './roles.decorator';

export type AuthenticatedRequest = Request & { principal?: Principal };

/** Every route is closed unless marked @Public(); reads need viewer, writes operator, unless @RequireRole says more. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      return true;
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    request.principal = await this.authenticate(request);
    const needed =
      this.reflector.getAllAndOverride<Role>(ROLE_KEY, targets) ?? (['GET', 'HEAD'].includes(request.method) ? 'viewer' : 'operator');
    if (ROLE_RANK[request.principal.role] < ROLE_RANK[needed]) {
      throw new DomainError(ErrorCode.PermissionDenied, `this needs the ${needed} role; ${request.principal.name} is ${request.principal.role}`);
    }
    return true;
  }

  private authenticate(request: Request): Promise<Principal> {
    const apiKey = request.headers['x-api-key'];
    if (typeof apiKey === 'string' && apiKey.length > 0) {
      return this.auth.principalFromApiKey(apiKey);
    }
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      return this.auth.principalFromToken(header.slice('Bearer '.length).trim());
    }
    throw new DomainError(ErrorCode.Unauthenticated, 'authentication required: send Authorization: Bearer <token> (POST /api/v1/auth/login) or X-API-Key');
  }
}
