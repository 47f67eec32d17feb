import { Body, Controller, Get, Header, Inject, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Variables, WorkflowEngine } from '@duban/workflow';
import { actorOf } from '../../platform/audit/audit.service.js';
import { CurrentPrincipal, RequirePermission } from '../../platform/tenancy/current-principal.decorator.js';
import type { Principal } from '../../platform/tenancy/principal.js';
import { WORKFLOW_ENGINE } from '../../platform/workflow/workflow-engine.module.js';
import { BundleDeployer } from './bundle-deployer.service.js';
import { engineCall } from './engine-error.util.js';
import { EngineTenancy } from './engine-tenancy.service.js';
import {
  DeployBundleDto,
  DeploymentDto,
  ProcessSummaryDto,
  ResourceVersionDto,
  StartInstanceDto,
  VersionParamDto,
} from './dto/process-admin.dto.js';
import { ProcessCatalog, type TenantRef } from './process-catalog.service.js';

const tenantOf = (principal: Principal): TenantRef => ({ tenantId: principal.tenantId, tenantCode: principal.tenantCode });
const RESOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/;
const checkedId = (id: string) => (RESOURCE_ID.test(id) ? id : '\u0000');

@ApiTags('processes')
@Controller()
export class ProcessAdminController {
  constructor(
    private readonly catalog: ProcessCatalog,
    private readonly deployer: BundleDeployer,
    @Inject(WORKFLOW_ENGINE) private readonly engine: WorkflowEngine,
    private readonly tenancy: EngineTenancy,
  ) {}

  @Get('processes')
  @ApiOperation({ summary: '本租户已部署的流程（各取最新版本）' })
  @ApiOkResponse({ type: [ProcessSummaryDto] })
  list(@CurrentPrincipal() principal: Principal): Promise<ProcessSummaryDto[]> {
    return this.catalog.listProcesses(tenantOf(principal));
  }

  @Post('processes/deployments')
  @RequirePermission('process.manage')
  @ApiOperation({ summary: '部署 BPMN + DMN + 表单（全部成功或全部不部署）' })
  @ApiCreatedResponse({ type: DeploymentDto })
  deploy(@CurrentPrincipal() principal: Principal, @Body() body: DeployBundleDto): Promise<DeploymentDto> {
    return this.deployer.deploy(tenantOf(principal), actorOf(principal), 'api', body.resources);
  }

  @Get('processes/deployments')
  @RequirePermission('process.manage')
  @ApiOperation({ summary: '部署记录（最近 50 次）' })
  deployments(@CurrentPrincipal() principal: Principal): Promise<unknown[]> {
    return this.catalog.deployments(tenantOf(principal));
  }

  @Get('processes/:processId/versions')
  @ApiOkResponse({ type: [ResourceVersionDto] })
  versions(@CurrentPrincipal() principal: Principal, @Param('processId') processId: string): Promise<ResourceVersionDto[]> {
    return this.catalog.versions(tenantOf(principal), 'bpmn', checkedId(processId));
  }

  @Get('processes/:processId/versions/:version/xml')
  @Header('Content-Type', 'application/xml; charset=utf-8')
  @ApiProduces('application/xml')
  @ApiOperation({ summary: '某版本部署的 BPMN XML' })
  xml(@CurrentPrincipal() principal: Principal, @Param('processId') processId: string, @Param() params: VersionParamDto): Promise<string> {
    return this.catalog.content(tenantOf(principal), 'bpmn', checkedId(processId), params.version);
  }

  @Get('decisions/:decisionRequirementsId/versions')
  @ApiOkResponse({ type: [ResourceVersionDto] })
  decisionVersions(@CurrentPrincipal() principal: Principal, @Param('decisionRequirementsId') id: string): Promise<ResourceVersionDto[]> {
    return this.catalog.versions(tenantOf(principal), 'dmn', checkedId(id));
  }

  @Get('decisions/:decisionRequirementsId/versions/:version/xml')
  @Header('Content-Type', 'application/xml; charset=utf-8')
  @ApiProduces('application/xml')
  decisionXml(@CurrentPrincipal() principal: Principal, @Param('decisionRequirementsId') id: string, @Param() params: VersionParamDto): Promise<string> {
    return this.catalog.content(tenantOf(principal), 'dmn', checkedId(id), params.version);
  }

  @Get('forms/:formId')
  @ApiOperation({ summary: '表单（form-js JSON）的最新版本' })
  async form(@CurrentPrincipal() principal: Principal, @Param('formId') formId: string) {
    return this.catalog.latestForm(tenantOf(principal), checkedId(formId));
  }

  @Get('forms/:formId/versions')
  @ApiOkResponse({ type: [ResourceVersionDto] })
  formVersions(@CurrentPrincipal() principal: Principal, @Param('formId') formId: string): Promise<ResourceVersionDto[]> {
    return this.catalog.versions(tenantOf(principal), 'form', checkedId(formId));
  }

  @Get('forms/:formId/versions/:version')
  @Header('Content-Type', 'application/json; charset=utf-8')
  formVersion(@CurrentPrincipal() principal: Principal, @Param('formId') formId: string, @Param() params: VersionParamDto): Promise<string> {
    return this.catalog.content(tenantOf(principal), 'form', checkedId(formId), params.version);
  }

  @Post('processes/:processId/instances')
  @RequirePermission('process.manage')
  @ApiOperation({ summary: '从建模器启动一个实例（测试用；督办事项请用立项）' })
  async start(@CurrentPrincipal() principal: Principal, @Param('processId') processId: string, @Body() body: StartInstanceDto) {
    const process = await this.catalog.latestProcess(tenantOf(principal), checkedId(processId), body.version);
    const created = await engineCall(() =>
      this.engine.createProcessInstance({
        bpmnProcessId: process.id,
        version: body.version,
        tenantId: this.tenancy.engineTenant(principal.tenantCode),
        variables: { ...(body.variables as Variables | undefined), tenantId: principal.tenantCode },
      }),
    );
    return { processInstanceKey: created.processInstanceKey, bpmnProcessId: created.bpmnProcessId, version: created.version };
  }
}
