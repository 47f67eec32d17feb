import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';
import { ConfigurationError, loadServerConfig } from './platform/config/server-config.js';
import { DatabaseHost } from './platform/database/database-host.js';
import { configureHttp } from './platform/http/configure-http.js';
import { serveWebApp } from './platform/http/serve-web-app.js';

async function bootstrap(): Promise<void> {
  const config = loadServerConfig();
  const app = await NestFactory.create(AppModule.forRoot(config), { abortOnError: false });
  // SIGINT/SIGTERM: stop HTTP, close the engine, TypeORM, then the embedded PostgreSQL (module order).
  app.enableShutdownHooks();
  configureHttp(app, { trustProxy: config.trustProxy });
  // apps/web/dist beside apps/server/dist: the web app when it has been built (npm run build -w @duban/web).
  const webApp = serveWebApp(app, fileURLToPath(new URL('../../web/dist', import.meta.url)));
  await app.listen(config.port);
  const logger = new Logger('Duban');
  if (webApp) logger.log(`网页端 / web app: http://localhost:${config.port}/`);
  logger.log(`数据库 ${app.get(DatabaseHost).describe()}；引擎 ${config.engine}`);
  logger.log(`Duban 已启动：http://localhost:${config.port}/api/health  接口文档 http://localhost:${config.port}/api/docs`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    console.error(error.message);
  } else {
    console.error('启动失败 / failed to start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
