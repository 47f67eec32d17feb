import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../tenancy/current-principal.decorator.js';
import type { Principal } from '../tenancy/principal.js';
import { UpdateTenantDto } from './dto/organisation.dto.js';
import { Tenant } from './tenant.entity.js';
import { TenantService } from './tenant.service.js';

/** `/api/tenant` is always the caller's own tenant: the tenant comes from the session, never from the URL. */
@ApiTags('organisation')
@Controller('tenant')
export class TenantController {
  constructor(private readonly tenants: TenantService) {}

  @Get()
  @ApiOkResponse({ type: Tenant })
  get(@CurrentPrincipal() principal: Principal): Promise<Tenant> {
    return this.tenants.get(principal);
  }

  @Patch()
  @ApiOkResponse({ type: Tenant })
  @RequirePermission('org.manage')
  update(@CurrentPrincipal() principal: Principal, @Body() body: UpdateTenantDto): Promise<Tenant> {
    return this.tenants.update(principal, body);
  }
}
