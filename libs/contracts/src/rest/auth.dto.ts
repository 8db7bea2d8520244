import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '../lib/roles';

export class LoginDto {
  /** Account name. */
  @ApiProperty({ example: 'admin' })
  @IsString() @IsNotEmpty() @MaxLength(100)
  username!: string;

  /** The account's password. */
  @ApiProperty({ example: 'change-me-please' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  password!: string;
}

export class UserDto {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ required: false }) createdAt?: string;
}

export class LoginResponseDto {
  /** Send as `Authorization: Bearer <accessToken>`. */
  @ApiProperty() accessToken!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
  /** Seconds until the token expires. */
  @ApiProperty() expiresIn!: number;
  @ApiProperty({ type: UserDto }) user!: UserDto;
}

export class CreateUserDto {
  /** 3–100 characters: letters, digits, `.`, `_`, `-`, `@`. */
  @ApiProperty({ example: 'alice' })
  @IsString() @Matches(/^[A-Za-z0-9._@-]{3,100}$/, { message: 'username must be 3-100 letters, digits, ., _, - or @' })
  username!: string;

  /** At least 8 characters. */
  @ApiProperty({ example: 'a-long-password' })
  @IsString() @MinLength(8) @MaxLength(200)
  password!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;
}

export class CreateApiKeyDto {
  /** What the key is for, e.g. "line-3 camera script". */
  @ApiProperty({ example: 'line-3 camera script' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;
}

export class ApiKeyDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  /** First characters of the key, to recognise it. */
  @ApiProperty() prefix!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) revokedAt!: string | null;
}

export class CreatedApiKeyDto {
  @ApiProperty() id!: string;
  /** The key itself; shown only in this response. Send it as `X-API-Key`. */
  @ApiProperty() key!: string;
}
