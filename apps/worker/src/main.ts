import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigurationError, loadWorkerConfig } from './platform/worker-config.js';
import { WorkerModule } from './worker.module.js';

async function bootstrap(): Promise<void> {
  const config = loadWorkerConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { abortOnError: false });
  // SIGINT/SIGTERM: the worker modules drain their jobs, then the pool closes.
  app.enableShutdownHooks();
  new Logger('DubanWorker').log(`工作进程已启动（引擎 ${config.engine}）`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof ConfigurationError ? error.message : `启动失败 / failed to start: ${(error as Error).message ?? error}`);
  process.exit(1);
});
