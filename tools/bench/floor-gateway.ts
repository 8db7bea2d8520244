// For `npm run bench:floor`: a bare NestJS app with only the layers the gateway puts in front of a prediction
// (helmet, the global ValidationPipe, a guard verifying a JWT with a key object, FileInterceptor), whose predict
// route answers a fixed JSON. No gRPC, no model, no database: what the framework alone costs per request.
// Prints `{"port","token"}` on stdout once it listens.
import 'reflect-metadata';
import { Body, CanActivate, Controller, ExecutionContext, HttpCode, Injectable, Module, Param, Post, UploadedFile, UseGuards, UseInterceptors, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JwtModule, JwtService } from '@nestjs/jwt';
import { FileInterceptor } from '@nestjs/platform-express';
import { IsOptional, IsString } from 'class-validator';
import helmet from 'helmet';
import { createSecretKey, randomBytes } from 'node:crypto';
import type { Request } from 'express';

class UploadDto {
  @IsOptional()
  @IsString()
  filename?: string;
}

@Injectable()
class TokenGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const header = context.switchToHttp().getRequest<Request>().headers.authorization ?? '';
    await this.jwt.verifyAsync(header.slice('Bearer '.length));
    return true;
  }
}

@Controller('api/v1')
class FixedPredictionController {
  @Post('projects/:id/predict')
  @HttpCode(200)
  @UseGuards(TokenGuard)
  @UseInterceptors(FileInterceptor('file'))
  predict(@Param('id') id: string, @UploadedFile() file: { buffer: Buffer } | undefined, @Body() body: UploadDto) {
    const scores = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i), i === 7 ? 0.91 : 0.01]));
    return { imageId: id, predictionId: id, label: '7', confidence: 0.91, scores, modelVersion: '1', latencyMs: 1, bytes: file?.buffer.length ?? 0, filename: body.filename ?? '' };
  }
}

const key = createSecretKey(randomBytes(32));

@Module({
  imports: [JwtModule.register({ secret: key, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } })],
  controllers: [FixedPredictionController],
  providers: [TokenGuard],
})
class FloorModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(FloorModule, { logger: ['error'] });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.use(helmet());
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const token = await app.get(JwtService).signAsync({ sub: 'floor', name: 'admin', role: 'admin' }, { expiresIn: 3600 });
  process.stdout.write(`${JSON.stringify({ port: address.port, token })}\n`);
}

void main();
