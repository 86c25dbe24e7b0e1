/** JSON to and from Terraform values, with Terraform's encoding details (sorted keys, HTML-safe escapes). */
import type { SourceLocation } from '../../../../model/location.js';
import { bool, list, map, nul, num, str, type Value } from '../../../../model/value.js';
import { EvalError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { numberToString, sortedKeys } from '../values.js';

/** Go's encoding/json escapes <, > and & (and the JS line separators), and Terraform inherits that. */
function quote(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** Callers make sure the value is fully known. The length is checked as it grows: shared values can be huge once expanded. */
export function jsonEncode(v: Value): string {
  const parts: string[] = [];
  let length = 0;
  const push = (s: string) => {
    length += s.length;
    if (length > LIMITS.maxStringLength) throw new EvalError(`JSON result longer than ${LIMITS.maxStringLength} characters`);
    parts.push(s);
  };
  const encode = (x: Value): void => {
    switch (x.t) {
      case 'string':
        return push(quote(x.v));
      case 'number':
        return push(numberToString(x.v));
      case 'bool':
        return push(x.v ? 'true' : 'false');
      case 'null':
        return push('null');
      case 'list':
        push('[');
        x.items.forEach((item, i) => {
          if (i > 0) push(',');
          encode(item);
        });
        return push(']');
      case 'map':
        push('{');
        sortedKeys(x).forEach((k, i) => {
          push((i > 0 ? ',' : '') + quote(k) + ':');
          encode(x.entries.get(k)!);
        });
        return push('}');
      default:
        throw new EvalError('jsonencode: value is not known');
    }
  };
  encode(v);
  return parts.join('');
}

/** Plain decoded data (JSON.parse, YAML) to located values, depth-bounded. */
export function valueFromData(x: unknown, loc: SourceLocation, depth = 0): Value {
  if (depth > LIMITS.maxValueDepth) throw new EvalError('decoded value is nested too deeply');
  if (x === null || x === undefined) return nul(loc);
  if (typeof x === 'string') return str(x, loc);
  if (typeof x === 'number') return num(x, loc);
  if (typeof x === 'bigint') return num(Number(x), loc);
  if (typeof x === 'boolean') return bool(x, loc);
  if (x instanceof Date) return str(x.toISOString(), loc);
  if (Array.isArray(x)) return list(x.map((item) => valueFromData(item, loc, depth + 1)), loc);
  if (typeof x === 'object') {
    const entries = new Map<string, Value>();
    for (const [k, item] of Object.entries(x as Record<string, unknown>)) entries.set(k, valueFromData(item, loc, depth + 1));
    return map(entries, loc);
  }
  throw new EvalError(`cannot represent a ${typeof x} as a value`);
}

export function jsonDecode(text: string, loc: SourceLocation): Value {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new EvalError(`jsondecode: ${(e as Error).message}`);
  }
  return valueFromData(data, loc);
}
