/**
 * Hand-built Terraform source resources for normalizer and analysis tests, so
 * they do not depend on the HCL parser or the evaluator. Attributes are plain
 * JSON; `{ $ref: 'aws_vpc.main.id' }` stands for a reference to a computed
 * attribute and `{ $unknown: 'var.x has no value' }` for an unknown value.
 * Every resource gets its own line range, and every nested map a line of its own.
 */
import type { SourceLocation } from '../../src/model/location.js';
import type { SourceResource } from '../../src/model/source-resource.js';
import { bool, list, map, nul, num, refValue, str, unknown, type MapValue, type Value } from '../../src/model/value.js';

export const FILE = 'main.tf';

let nextLine = 1;

export function resetLines(): void {
  nextLine = 1;
}

function loc(startLine: number, endLine = startLine): SourceLocation {
  return { file: FILE, startLine, endLine };
}

function toValue(x: unknown): Value {
  const line = nextLine++;
  if (x === null || x === undefined) return nul(loc(line));
  if (typeof x === 'string') return str(x, loc(line));
  if (typeof x === 'number') return num(x, loc(line));
  if (typeof x === 'boolean') return bool(x, loc(line));
  if (Array.isArray(x)) return list(x.map(toValue), loc(line));
  const o = x as Record<string, unknown>;
  if (typeof o.$ref === 'string') {
    const parts = o.$ref.split('.');
    // address = everything but the last attribute (module prefixes and indexes stay)
    return refValue({ address: parts.slice(0, -1).join('.'), attr: [parts[parts.length - 1]!] }, loc(line));
  }
  if (typeof o.$unknown === 'string') return unknown(o.$unknown, loc(line));
  const entries = new Map<string, Value>();
  for (const [k, v] of Object.entries(o)) entries.set(k, toValue(v));
  return map(entries, loc(line, nextLine));
}

/** A resource `type.name` (or `type.name[0]` via `name`) with attributes; nested blocks are arrays of objects. */
export function res(address: string, attrs: Record<string, unknown>, opts: { provider?: 'aws' | 'alicloud'; region?: string } = {}): SourceResource {
  const start = nextLine++;
  const value = toValue(attrs) as MapValue;
  const type = address.replace(/\[[^\]]*\]/g, '').split('.').slice(-2)[0]!;
  return {
    sourceKind: 'terraform',
    address,
    type,
    provider: opts.provider ?? (type.startsWith('alicloud_') ? 'alicloud' : 'aws'),
    region: str(opts.region ?? (type.startsWith('alicloud_') ? 'cn-hangzhou' : 'us-east-1')),
    attrs: value,
    loc: loc(start, nextLine++),
  };
}

export const ref = (path: string) => ({ $ref: path });
export const unknownValue = (reason: string) => ({ $unknown: reason });
