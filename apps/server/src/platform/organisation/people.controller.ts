import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../tenancy/current-principal.decorator.js';
import type { Principal } from '../tenancy/principal.js';
import { CreatePersonDto, SetAccountDto, SetRolesDto, UpdatePersonDto } from './dto/organisation.dto.js';
import { PeopleService, type PersonDetail } from './people.service.js';
import { Person } from './person.entity.js';

/** People are deactivated (PATCH active=false), never deleted: history refers to them. */
@ApiTags('organisation')
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @ApiOkResponse({ type: [Person] })
  list(@CurrentPrincipal() principal: Principal): Promise<Person[]> {
    return this.people.list(principal);
  }

  @Get(':id')
  @ApiOkResponse({ type: Person })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<PersonDetail> {
    return this.people.get(principal, id);
  }

  @Post()
  @ApiCreatedResponse({ type: Person })
  @RequirePermission('org.manage')
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreatePersonDto): Promise<Person> {
    return this.people.create(principal, body);
  }

  @Patch(':id')
  @ApiOkResponse({ type: Person })
  @RequirePermission('org.manage')
  update(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: UpdatePersonDto): Promise<Person> {
    return this.people.update(principal, id, body);
  }

  @Put(':id/roles')
  @RequirePermission('org.manage')
  setRoles(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: SetRolesDto) {
    return this.people.setRoles(principal, id, body.roles);
  }

  @Put(':id/account')
  @RequirePermission('org.manage')
  setAccount(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: SetAccountDto) {
    return this.people.setAccount(principal, id, body.username, body.password);
  }

  @Post(':id/account/unlock')
  @HttpCode(204)
  @RequirePermission('org.manage')
  unlock(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    return this.people.unlock(principal, id);
  }
}
