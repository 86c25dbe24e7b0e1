/**
 * Builds SourceResource inputs by hand for normalizer tests, so they do not
 * depend on the HCL parser: plain JS values become located Values; `ref()`,
 * `unknownValue()` and `at()` mark references, unknowns and values on their
 * own line.
 */
import type { SourceLocation } from '../../src/model/location.js';
import type { CloudProvider, SourceResource } from '../../src/model/source-resource.js';
import { bool, list, map, nul, num, refValue, str, unknown, type MapValue, type Value } from '../../src/model/value.js';

const REF = Symbol('ref');
const UNKNOWN = Symbol('unknown');
const AT = Symbol('at');

type Marker = { [REF]: { address: string; attr: string[] } } | { [UNKNOWN]: string } | { [AT]: number; value: unknown };

export const ref = (address: string, ...attr: string[]): Marker => ({ [REF]: { address, attr } });
export const unknownValue = (reason: string): Marker => ({ [UNKNOWN]: reason });
/** A value written on its own line (an attribute, or a block). */
export const at = (line: number, value: unknown): Marker => ({ [AT]: line, value });

export const FILE = 'main.tf';
export const lineLoc = (line: number, endLine = line): SourceLocation => ({ file: FILE, startLine: line, endLine });

export function toValue(x: unknown, loc: SourceLocation): Value {
  if (x === null || x === undefined) return nul(loc);
  if (typeof x === 'object' && x !== null) {
    if (REF in x) return refValue((x as { [REF]: { address: string; attr: string[] } })[REF], loc);
    if (UNKNOWN in x) return unknown((x as { [UNKNOWN]: string })[UNKNOWN], loc);
    if (AT in x) {
      const m = x as { [AT]: number; value: unknown };
      return toValue(m.value, lineLoc(m[AT]));
    }
  }
  if (typeof x === 'string') return str(x, loc);
  if (typeof x === 'number') return num(x, loc);
  if (typeof x === 'boolean') return bool(x, loc);
  if (Array.isArray(x)) return list(x.map((i) => toValue(i, loc)), loc);
  const entries = new Map<string, Value>();
  for (const [k, v] of Object.entries(x as Record<string, unknown>)) entries.set(k, toValue(v, loc));
  return map(entries, loc);
}

export interface BuildOptions {
  region?: string | null;
  provider?: CloudProvider;
  line?: number;
  endLine?: number;
  isData?: boolean;
}

export function resource(type: string, name: string, attrs: Record<string, unknown>, options: BuildOptions = {}): SourceResource {
  const line = options.line ?? 1;
  const loc = lineLoc(line, options.endLine ?? line + 60);
  const provider: CloudProvider = options.provider ?? (type.startsWith('alicloud_') ? 'alicloud' : 'aws');
  const address = options.isData ? `data.${type}.${name}` : type === 'module' ? `module.${name}` : `${type}.${name}`;
  const region = options.region === null ? unknown('no provider region configured', loc) : str(options.region ?? (provider === 'alicloud' ? 'cn-hangzhou' : 'us-east-1'), loc);
  return {
    sourceKind: 'terraform',
    address,
    type,
    provider,
    region,
    attrs: toValue(attrs, loc) as MapValue,
    loc,
    ...(options.isData ? { isData: true } : {}),
  };
}
