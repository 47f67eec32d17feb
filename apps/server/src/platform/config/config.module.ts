import { DynamicModule, Global, Module } from '@nestjs/common';
import type { ServerConfig } from './server-config.js';

export const SERVER_CONFIG = Symbol('SERVER_CONFIG');

/** Makes the validated configuration injectable everywhere (`@Inject(SERVER_CONFIG)`). */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: ServerConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: SERVER_CONFIG, useValue: Object.freeze({ ...config }) }],
      exports: [SERVER_CONFIG],
    };
  }
}
