import { Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';
import { DatabaseHost } from './database-host.js';
import { DatabaseHostModule } from './database-host.module.js';
import { runMigrations } from './run-migrations.js';

/** TypeORM on the database host; pending migrations are applied before anything else touches the database. */
@Global()
@Module({
  imports: [
    DatabaseHostModule,
    TypeOrmModule.forRootAsync({
      imports: [DatabaseHostModule],
      inject: [DatabaseHost],
      useFactory: (host: DatabaseHost) => ({ ...dataSourceOptions(host.target), autoLoadEntities: true }),
      dataSourceFactory: async (options?: DataSourceOptions) => {
        const dataSource = await new DataSource(options!).initialize();
        const applied = await runMigrations(dataSource, String((options as { schema: string }).schema));
        if (applied.length > 0) new Logger('Migrations').log(`applied ${applied.map((m) => m.name).join(', ')}`);
        return dataSource;
      },
    }),
  ],
  exports: [DatabaseHostModule],
})
export class DatabaseModule {}
