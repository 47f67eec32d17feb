import { Module } from '@nestjs/common';
import { DATABASE_HOST_PROVIDER, DatabaseHost } from './database-host.js';

@Module({ providers: [DATABASE_HOST_PROVIDER], exports: [DatabaseHost] })
export class DatabaseHostModule {}
