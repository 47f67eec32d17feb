import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../tenancy/current-principal.decorator.js';
import type { Principal } from '../tenancy/principal.js';
import { CreateUnitDto, UpdateUnitDto } from './dto/organisation.dto.js';
import type { Unit } from './unit.entity.js';
import { UnitsService } from './units.service.js';

@ApiTags('organisation')
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  list(@CurrentPrincipal() principal: Principal): Promise<Unit[]> {
    return this.units.list(principal);
  }

  @Get(':id')
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<Unit> {
    return this.units.get(principal, id);
  }

  @Post()
  @RequirePermission('org.manage')
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateUnitDto): Promise<Unit> {
    return this.units.create(principal, body);
  }

  @Patch(':id')
  @RequirePermission('org.manage')
  update(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: UpdateUnitDto): Promise<Unit> {
    return this.units.update(principal, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('org.manage')
  remove(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    return this.units.remove(principal, id);
  }
}
