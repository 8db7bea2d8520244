import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiSecurity, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto, CreateUserDto, DomainError, ErrorCode, ErrorDto, IdParamDto, LoginDto, LoginResponseDto, UserDto } from '@sightline/contracts';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { CurrentPrincipal } from './principal.decorator';
import { Principal, Public, RequireRole } from './roles.decorator';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly limiter: LoginRateLimiter,
  ) {}

  /** Exchanges a username and password for a bearer token. */
  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ type: ErrorDto })
  @ApiTooManyRequestsResponse({ type: ErrorDto })
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<LoginResponseDto> {
    const wait = this.limiter.hit(request.ip ?? 'unknown');
    if (wait > 0) {
      response.setHeader('Retry-After', String(wait));
      throw new DomainError(ErrorCode.TooManyRequests, `too many login attempts from this address: try again in ${wait} s`);
    }
    return this.auth.login(body.username, body.password);
  }

  /** The account (or API key) making the request. */
  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: UserDto })
  getMe(@CurrentPrincipal() principal: Principal): Promise<UserDto> {
    return this.auth.me(principal);
  }
}

@ApiTags('users')
@ApiBearerAuth()
@ApiSecurity('api-key')
@RequireRole('admin')
@Controller()
export class UsersController {
  constructor(private readonly auth: AuthService) {}

  @Post('users')
  @ApiOkResponse({ type: UserDto })
  createUser(@Body() body: CreateUserDto, @CurrentPrincipal() principal: Principal): Promise<UserDto> {
    return this.auth.createUser(principal, body.username, body.password, body.role);
  }

  @Get('users')
  @ApiOkResponse({ type: [UserDto] })
  listUsers(): Promise<UserDto[]> {
    return this.auth.listUsers();
  }

  /** Creates an API key; the key is in this response only. */
  @Post('api-keys')
  @ApiOkResponse({ type: CreatedApiKeyDto })
  createApiKey(@Body() body: CreateApiKeyDto, @CurrentPrincipal() principal: Principal): Promise<CreatedApiKeyDto> {
    return this.auth.createApiKey(principal, body.name, body.role);
  }

  @Get('api-keys')
  @ApiOkResponse({ type: [ApiKeyDto] })
  listApiKeys(): Promise<ApiKeyDto[]> {
    return this.auth.listApiKeys();
  }

  /** Revokes a key at once, without a restart. */
  @Delete('api-keys/:id')
  @HttpCode(204)
  async deleteApiKey(@Param() params: IdParamDto, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.auth.revokeApiKey(principal, params.id);
  }
}
