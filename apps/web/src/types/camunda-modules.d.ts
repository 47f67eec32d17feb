// Packages of the modeler that ship JavaScript without declarations; only what Duban calls is typed.
declare module 'camunda-bpmn-js/lib/camunda-cloud/Modeler' {
  export default class CamundaCloudModeler {
    constructor(options: Record<string, unknown>);
    importXML(xml: string): Promise<{ warnings: unknown[] }>;
    saveXML(options?: { format?: boolean }): Promise<{ xml?: string }>;
    createDiagram(): Promise<{ warnings: unknown[] }>;
    getDefinitions(): unknown;
    get<T = unknown>(name: string): T;
    on(event: string, callback: (...args: unknown[]) => void): void;
    off(event: string, callback: (...args: unknown[]) => void): void;
    destroy(): void;
  }
}
declare module '@camunda/linting' {
  export interface LintReport {
    id: string;
    name?: string;
    message: string;
    category: 'error' | 'warn' | 'info' | 'rule-error';
    rule?: string;
  }
  export class Linter {
    constructor(options: { modeler?: 'web' | 'desktop'; type?: 'cloud' | 'platform'; plugins?: unknown[] });
    lint(definitionsOrXml: unknown): Promise<LintReport[]>;
  }
}
declare module '@camunda/linting/modeler' {
  const lintingModule: Record<string, unknown>;
  export default lintingModule;
}
declare module 'dmn-js/lib/Modeler' {
  export default class DmnModeler {
    constructor(options: Record<string, unknown>);
    importXML(xml: string): Promise<{ warnings: unknown[] }>;
    saveXML(options?: { format?: boolean }): Promise<{ xml: string }>;
    getViews(): { type: string; element: unknown }[];
    open(view: { type: string; element: unknown }): Promise<unknown>;
    destroy(): void;
  }
}
