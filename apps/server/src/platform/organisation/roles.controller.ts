import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../tenancy/current-principal.decorator.js';
import type { Principal } from '../tenancy/principal.js';
import { CreateRoleDto, UpdateRoleDto } from './dto/organisation.dto.js';
import { Role } from './role.entity.js';
import { RolesService } from './roles.service.js';

@ApiTags('organisation')
@Controller('roles')
export class RolesController {
  constructor(private readonly roles: RolesService) {}

  @Get()
  @ApiOkResponse({ type: [Role] })
  list(@CurrentPrincipal() principal: Principal): Promise<Role[]> {
    return this.roles.list(principal);
  }

  @Get(':id')
  @ApiOkResponse({ type: Role })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<Role> {
    return this.roles.get(principal, id);
  }

  @Post()
  @ApiCreatedResponse({ type: Role })
  @RequirePermission('org.manage')
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateRoleDto): Promise<Role> {
    return this.roles.create(principal, body);
  }

  @Patch(':id')
  @ApiOkResponse({ type: Role })
  @RequirePermission('org.manage')
  update(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: UpdateRoleDto): Promise<Role> {
    return this.roles.update(principal, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('org.manage')
  remove(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    return this.roles.remove(principal, id);
  }
}
