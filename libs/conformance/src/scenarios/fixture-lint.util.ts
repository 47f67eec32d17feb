import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Zeebe's own modeler rules (bpmnlint-plugin-camunda-compat): what Camunda 8 would refuse to deploy. */
export const ZEEBE_LINT_CONFIG = 'plugin:camunda-compat/camunda-cloud-8-6';

interface Moddle {
  fromXML(xml: string): Promise<{ rootElement: unknown; warnings: Array<{ message: string }> }>;
}

interface LintReport {
  id?: string;
  message: string;
  category: string;
}

/** Errors (not warnings) the Camunda 8.6 rules find in a BPMN text; empty when it would deploy. */
export async function lintBpmn(xml: string): Promise<string[]> {
  const { Linter } = require('bpmnlint') as { Linter: new (options: object) => { lint(root: unknown): Promise<Record<string, LintReport[]>> } };
  const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => object;
  // bpmn-moddle is ESM without type declarations: import it by a plain string.
  const moduleName: string = 'bpmn-moddle';
  const { BpmnModdle } = (await import(moduleName)) as { BpmnModdle: new (packages: object) => Moddle };
  const moddle = new BpmnModdle({
    zeebe: require('zeebe-bpmn-moddle/resources/zeebe.json'),
    modeler: require('modeler-moddle/resources/modeler.json'),
  });
  const { rootElement, warnings } = await moddle.fromXML(xml);
  const linter = new Linter({ config: { extends: ['bpmnlint:correctness', ZEEBE_LINT_CONFIG] }, resolver: new NodeResolver() });
  const reports = await linter.lint(rootElement);
  return [
    ...warnings.map((warning) => `parse: ${warning.message}`),
    ...Object.entries(reports).flatMap(([rule, list]) =>
      list.filter((report) => report.category === 'error').map((report) => `${rule} on ${report.id}: ${report.message}`),
    ),
  ];
}
