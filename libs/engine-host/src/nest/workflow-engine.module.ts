import {
  Inject,
  Injectable,
  Logger,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type InjectionToken,
  type ModuleMetadata,
  type OptionalFactoryDependency,
} from '@nestjs/common';
import { createWorkflowEngineFromConfig, type HostedWorkflowEngine, type WorkflowEngineConfig } from '../create-workflow-engine.js';
import { WORKFLOW_ENGINE } from '../workflow-engine.token.js';

export const HOSTED_WORKFLOW_ENGINE = Symbol('HOSTED_WORKFLOW_ENGINE');

/**
 * Closes the engine (draining its job workers) before the application's pools and an embedded PostgreSQL go: those
 * close on application shutdown, after this hook.
 */
@Injectable()
class HostedEngineCloser implements BeforeApplicationShutdown {
  constructor(@Inject(HOSTED_WORKFLOW_ENGINE) private readonly hosted: HostedWorkflowEngine) {}

  async beforeApplicationShutdown(): Promise<void> {
    await this.hosted.close();
  }
}

export interface WorkflowEngineModuleOptions {
  imports?: ModuleMetadata['imports'];
  inject?: (InjectionToken | OptionalFactoryDependency)[];
  /** The configuration; `logger` defaults to Nest's logger named WorkflowEngine. */
  useFactory: (...args: never[]) => WorkflowEngineConfig | Promise<WorkflowEngineConfig>;
}

/** Provides `WORKFLOW_ENGINE` everywhere (global), created from the app's validated configuration. */
@Module({})
export class WorkflowEngineModule {
  static forRootAsync(options: WorkflowEngineModuleOptions): DynamicModule {
    return {
      module: WorkflowEngineModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        {
          provide: HOSTED_WORKFLOW_ENGINE,
          inject: options.inject ?? [],
          useFactory: async (...args: never[]) => {
            const config = await options.useFactory(...args);
            return createWorkflowEngineFromConfig({ ...config, logger: config.logger ?? new Logger('WorkflowEngine') });
          },
        },
        { provide: WORKFLOW_ENGINE, inject: [HOSTED_WORKFLOW_ENGINE], useFactory: (hosted: HostedWorkflowEngine) => hosted.engine },
        HostedEngineCloser,
      ],
      exports: [WORKFLOW_ENGINE],
    };
  }
}
