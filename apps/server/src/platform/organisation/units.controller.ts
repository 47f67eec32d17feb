import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../tenancy/current-principal.decorator.js';
import type { Principal } from '../tenancy/principal.js';
import { CreateUnitDto, UpdateUnitDto } from './dto/organisation.dto.js';
import { Unit } from './unit.entity.js';
import { UnitsService } from './units.service.js';

@ApiTags('organisation')
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @ApiOkResponse({ type: [Unit] })
  list(@CurrentPrincipal() principal: Principal): Promise<Unit[]> {
    return this.units.list(principal);
  }

  @Get(':id')
  @ApiOkResponse({ type: Unit })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<Unit> {
    return this.units.get(principal, id);
  }

  @Post()
  @ApiCreatedResponse({ type: Unit })
  @RequirePermission('org.manage')
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateUnitDto): Promise<Unit> {
    return this.units.create(principal, body);
  }

  @Patch(':id')
  @ApiOkResponse({ type: Unit })
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
