import { escapeXml } from '../../modeler/utils/new-diagram.util';

/** A new DMN file with one empty decision table (FIRST hit policy, one input, one output). */
export function blankDmn(definitionsId: string): string {
  const id = escapeXml(definitionsId);
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/" xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="${id}" name="${id}" namespace="http://camunda.org/schema/1.0/dmn" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.6.0">
  <decision id="${id}-decision" name="决策">
    <decisionTable id="${id}-table" hitPolicy="FIRST">
      <input id="${id}-input" label="输入"><inputExpression id="${id}-input-expression" typeRef="string"><text>input</text></inputExpression></input>
      <output id="${id}-output" label="输出" name="output" typeRef="string" />
    </decisionTable>
  </decision>
  <dmndi:DMNDI><dmndi:DMNDiagram id="${id}-diagram"><dmndi:DMNShape id="${id}-shape" dmnElementRef="${id}-decision"><dc:Bounds height="80" width="180" x="160" y="100" /></dmndi:DMNShape></dmndi:DMNDiagram></dmndi:DMNDI>
</definitions>
`;
}
