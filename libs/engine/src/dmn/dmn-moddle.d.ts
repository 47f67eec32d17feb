declare module 'dmn-moddle' {
  export interface DmnElement {
    $type: string;
    id?: string;
    name?: string;
    [property: string]: unknown;
  }
  export interface DmnParseResult {
    rootElement: DmnElement;
    warnings: { message: string; element?: DmnElement }[];
  }
  export class DmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<DmnParseResult>;
  }
}
