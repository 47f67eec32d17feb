import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PeopleController } from './people.controller.js';
import { PeopleService } from './people.service.js';
import { PersonRole } from './person-role.entity.js';
import { Person } from './person.entity.js';
import { Role } from './role.entity.js';
import { RolesController } from './roles.controller.js';
import { RolesService } from './roles.service.js';
import { TenantController } from './tenant.controller.js';
import { Tenant } from './tenant.entity.js';
import { TenantService } from './tenant.service.js';
import { Unit } from './unit.entity.js';
import { UnitsController } from './units.controller.js';
import { UnitsService } from './units.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Tenant, Unit, Role, Person, PersonRole])],
  controllers: [TenantController, UnitsController, RolesController, PeopleController],
  providers: [TenantService, UnitsService, RolesService, PeopleService],
  exports: [TenantService, UnitsService, RolesService, PeopleService],
})
export class OrganisationModule {}
