import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { AllExceptionsFilter } from './all-exceptions.filter.js';
import { createValidationPipe } from './validation.pipe.js';

export const API_PREFIX = 'api';

/** Everything HTTP-wide, shared by main.ts and the specs so that tests meet the real pipeline. */
export function configureHttp(app: INestApplication, options: { trustProxy?: boolean | number | string } = {}): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  express.set('trust proxy', options.trustProxy ?? 'loopback');
  app.setGlobalPrefix(API_PREFIX);
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Duban 督办 API')
      .setDescription('督查督办平台接口。会话保存在 httpOnly Cookie 中；修改类请求需带 X-CSRF-Token。')
      .setVersion('0.1.0')
      .addCookieAuth('duban_session')
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document);
}
