/**
 * `Fn::ForEach` of the AWS::LanguageExtensions transform, in the Resources
 * section: `Fn::ForEach::Name: [Identifier, Collection, {KeyTemplate: Resource}]`
 * stamps out one resource per item, substituting `${Identifier}` and
 * `&{Identifier}` (alphanumerics only) in logical ids, and `${Identifier}` in
 * strings and `{Ref: Identifier}` in values. Loops nest. A collection that
 * cannot be evaluated leaves the loop unexpanded and says so.
 */
import type { MapValue, Value } from '../../../model/value.js';

const FOR_EACH = /^Fn::ForEach::/;
const MAX_EXPANDED = 10_000;

/** Evaluates a loop's collection (a literal list, a list parameter, a mapping lookup ...). */
export type CollectionEvaluator = (collection: Value) => Value;

function substituteText(text: string, id: string, item: string): string {
  const alnum = item.replace(/[^A-Za-z0-9]/g, '');
  return text.split('${' + id + '}').join(item).split('&{' + id + '}').join(alnum);
}

function substitute(v: Value, id: string, item: string): Value {
  switch (v.t) {
    case 'string':
      return { ...v, v: substituteText(v.v, id, item) };
    case 'list':
      return { ...v, items: v.items.map((i) => substitute(i, id, item)) };
    case 'map': {
      const ref = v.entries.size === 1 ? v.entries.get('Ref') : undefined;
      if (ref?.t === 'string' && ref.v === id) return { t: 'string', v: item, loc: v.loc };
      const entries = new Map<string, Value>();
      for (const [k, e] of v.entries) entries.set(substituteText(k, id, item), substitute(e, id, item));
      return { ...v, entries };
    }
    default:
      return v;
  }
}

function itemText(v: Value): string | undefined {
  if (v.t === 'string') return v.v;
  if (v.t === 'number' || v.t === 'bool') return String(v.v);
  return undefined;
}

/** The Resources map with every Fn::ForEach loop expanded; `problems` says which loops could not be. */
export function expandForEach(resources: MapValue, evaluateCollection: CollectionEvaluator, problems: string[]): MapValue {
  const out = new Map<string, Value>();
  const expandInto = (entries: Map<string, Value>, depth: number) => {
    for (const [key, value] of entries) {
      if (!FOR_EACH.test(key)) {
        if (out.size < MAX_EXPANDED) out.set(key, value);
        continue;
      }
      const args = value.t === 'list' ? value.items : [];
      const [identifier, collection, body] = args;
      const id = identifier ? itemText(identifier) : undefined;
      if (!id || !collection || body?.t !== 'map' || depth > 8) {
        problems.push(`${key} is not [identifier, collection, template]`);
        continue;
      }
      const items = evaluateCollection(collection);
      if (items.t !== 'list') {
        problems.push(`${key}: the collection cannot be evaluated (${items.t === 'unknown' ? items.reason : `a ${items.t}`}), so its resources are not scanned`);
        continue;
      }
      for (const item of items.items) {
        const text = itemText(item);
        if (text === undefined) {
          problems.push(`${key}: an item of the collection is not text`);
          continue;
        }
        const stamped = substitute(body, id, text);
        if (stamped.t === 'map') expandInto(stamped.entries, depth + 1);
      }
    }
  };
  expandInto(resources.entries, 0);
  if (out.size >= MAX_EXPANDED) problems.push(`Fn::ForEach expands to more than ${MAX_EXPANDED} resources; the rest are not scanned`);
  return { t: 'map', entries: out, loc: resources.loc };
}
