export interface UnsafeMarkup {
  offset: number;
  message: string;
}

const PREDEFINED_ENTITY = /^&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/;
const SECTIONS: [opening: string, closing: string, unterminated: string][] = [
  ['<!--', '-->', '注释未结束 (unterminated comment)'],
  ['<![CDATA[', ']]>', 'CDATA 未结束 (unterminated CDATA section)'],
  ['<?', '?>', '处理指令未结束 (unterminated processing instruction)'],
];

/**
 * Finds what a DTD-free document must not contain, in one pass that knows where comments, CDATA sections,
 * processing instructions and tags (with quoted attribute values) begin and end — so a `<!--` inside an attribute
 * value cannot hide a DOCTYPE behind it. Outside those sections every `<!` is a declaration (DOCTYPE, ENTITY,
 * ELEMENT…); in text and attribute values every `&` must be a predefined entity or a character reference, since
 * there is no DTD to define others, and `<` may not appear in an attribute value.
 */
export function findUnsafeMarkup(xml: string): UnsafeMarkup | undefined {
  // fast-xml-parser's validator accepts several roots and text around a self-closing root; XML does not.
  let depth = 0;
  let roots = 0;
  let index = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (index < xml.length) {
    const lt = xml.indexOf('<', index);
    const textEnd = lt === -1 ? xml.length : lt;
    if (depth === 0 && xml.slice(index, textEnd).trim() !== '') {
      return { offset: index, message: 'XML 格式错误 (malformed XML): text outside the root element' };
    }
    const amp = xml.indexOf('&', index);
    if (amp !== -1 && amp < textEnd) {
      const problem = checkEntity(xml, amp);
      if (problem) return problem;
      index = amp + 1;
      continue;
    }
    if (lt === -1) break;
    const section = SECTIONS.find(([opening]) => xml.startsWith(opening, lt));
    if (section) {
      const end = xml.indexOf(section[1], lt + section[0].length);
      if (end === -1) return { offset: lt, message: section[2] };
      index = end + section[1].length;
    } else if (xml.startsWith('<!', lt)) {
      const declaration = /^<!([A-Za-z]*)/.exec(xml.slice(lt, lt + 20))?.[1] || 'declaration';
      return {
        offset: lt,
        message: `不允许 DOCTYPE 或实体声明 (<!${declaration} is not allowed: no document type declarations or entities)`,
      };
    } else {
      const end = scanTag(xml, lt + 1);
      if (typeof end !== 'number') return end;
      if (xml[lt + 1] === '/') {
        depth -= 1;
      } else {
        if (depth === 0 && ++roots > 1) {
          return { offset: lt, message: 'XML 格式错误 (malformed XML): a document has exactly one root element' };
        }
        if (xml[end - 2] !== '/') depth += 1;
      }
      index = end;
    }
  }
  return roots === 0 ? { offset: 0, message: 'XML 格式错误 (malformed XML): no root element' } : undefined;
}

/** From just after `<` of a start or end tag to just after its `>`, checking quoted attribute values. */
function scanTag(xml: string, from: number): number | UnsafeMarkup {
  let index = from;
  while (index < xml.length) {
    const char = xml[index];
    if (char === '>') return index + 1;
    if (char === '<') return { offset: index, message: '标签未结束 (`<` inside a tag)' };
    if (char === '"' || char === "'") {
      const close = xml.indexOf(char, index + 1);
      if (close === -1) return { offset: index, message: '属性值未结束 (unterminated attribute value)' };
      for (let at = index + 1; at < close; at += 1) {
        if (xml[at] === '<')
          return { offset: at, message: '属性值中不允许 < (`<` is not allowed in an attribute value)' };
        if (xml[at] === '&') {
          const problem = checkEntity(xml, at);
          if (problem) return problem;
        }
      }
      index = close + 1;
    } else {
      index += 1;
    }
  }
  return { offset: from - 1, message: '标签未结束 (unterminated tag)' };
}

function checkEntity(xml: string, offset: number): UnsafeMarkup | undefined {
  if (PREDEFINED_ENTITY.test(xml.slice(offset, offset + 12))) return undefined;
  return { offset, message: '未定义的实体引用 (undefined entity reference; DTDs are not allowed)' };
}
