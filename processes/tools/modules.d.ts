// The bpmn.io and Camunda packages used here ship JavaScript without (root) type declarations.
declare module 'dmn-moddle' {
  export const DmnModdle: new (packages?: object) => unknown;
}
declare module '@camunda/linting' {
  export class Linter {
    constructor(options?: { modeler?: 'desktop' | 'web'; type?: 'cloud' | 'platform' });
    lint(contents: string | object): Promise<{ id: string; message: string; rule: string; category: string }[]>;
  }
}
declare module '@camunda/form-linting' {
  export class FormLinter {
    lint(schema: string | object): { id: string; message: string }[];
  }
}
declare module 'bpmn-moddle' {
  export const BpmnModdle: new (packages?: object) => unknown;
}
