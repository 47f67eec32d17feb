import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../platform/tenancy/current-principal.decorator.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { DeployedDecisionDto, DeployedFormDto } from './deployed-resources.dto.js';
import { DeployedResourcesService } from './deployed-resources.service.js';

/** Lists for the form and DMN editors, so that they can open what is deployed (each by its id, latest version). */
@ApiTags('processes')
@Controller()
export class DeployedResourcesController {
  constructor(private readonly resources: DeployedResourcesService) {}

  @Get('forms')
  @ApiOperation({ summary: '本租户已部署的表单（各取最新版本）' })
  @ApiOkResponse({ type: [DeployedFormDto] })
  forms(@CurrentPrincipal() principal: Principal): Promise<DeployedFormDto[]> {
    return this.resources.forms(principal.tenantId);
  }

  @Get('decisions')
  @ApiOperation({ summary: '本租户已部署的 DMN 文件（各取最新版本）及其中的决策' })
  @ApiOkResponse({ type: [DeployedDecisionDto] })
  decisions(@CurrentPrincipal() principal: Principal): Promise<DeployedDecisionDto[]> {
    return this.resources.decisions(principal.tenantId);
  }
}
