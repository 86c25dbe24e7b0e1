/**
 * A small XML well-formedness check for the JUnit report (no XML parser is a
 * dependency): tags nest and close, attributes are quoted, text holds no raw
 * `<` or stray `&`, and no character XML 1.0 forbids appears. Returns the
 * problems found; an empty list means well-formed. Also returns the elements
 * with their attributes (entities decoded) so tests can read the structure.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlElement[];
}

const decode = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    switch (e) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });

const BAD_TEXT = /<|&(?!(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

export function checkXml(xml: string): { problems: string[]; root?: XmlElement } {
  const problems: string[] = [];
  if (FORBIDDEN.test(xml)) problems.push('contains a control character XML 1.0 forbids');
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (const m of body.matchAll(tag)) {
    const text = body.slice(last, m.index);
    if (BAD_TEXT.test(text)) problems.push(`bad text before <${m[2]}>: ${JSON.stringify(text.slice(0, 60))}`);
    if (stack.length > 0) stack[stack.length - 1]!.text += decode(text);
    else if (text.trim()) problems.push('text outside the root element');
    last = m.index! + m[0].length;
    const [, closing, name, attrText, selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) problems.push(`</${name}> closes ${open ? `<${open.name}>` : 'nothing'}`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText!.matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
      if (BAD_TEXT.test(a[2]!)) problems.push(`bad attribute ${a[1]} on <${name}>`);
      if (a[1]! in attrs) problems.push(`duplicate attribute ${a[1]} on <${name}>`);
      attrs[a[1]!] = decode(a[2]!);
    }
    const el: XmlElement = { name: name!, attrs, text: '', children: [] };
    if (stack.length > 0) stack[stack.length - 1]!.children.push(el);
    else if (root) problems.push('more than one root element');
    else root = el;
    if (!selfClosing) stack.push(el);
  }
  if (body.slice(last).trim()) problems.push('text after the root element');
  if (stack.length > 0) problems.push(`unclosed <${stack[stack.length - 1]!.name}>`);
  const unmatched = body.replace(tag, '').match(/<[^]{0,40}/);
  if (unmatched) problems.push(`malformed markup: ${JSON.stringify(unmatched[0])}`);
  return root ? { problems, root } : { problems };
}
