/**
 * Small readers over a located JSON tree (src/sources/shared/located-json.ts),
 * so that the plan loader can walk `terraform show -json` output while keeping
 * every node's line.
 */
import type { MapValue, Value } from '../../model/value.js';

export function member(v: Value | undefined, key: string): Value | undefined {
  return v?.t === 'map' ? v.entries.get(key) : undefined;
}

export function path(v: Value | undefined, ...keys: string[]): Value | undefined {
  let cur = v;
  for (const k of keys) cur = member(cur, k);
  return cur;
}

export function items(v: Value | undefined): Value[] {
  return v?.t === 'list' ? v.items : [];
}

export function entries(v: Value | undefined): Array<[string, Value]> {
  return v?.t === 'map' ? [...v.entries] : [];
}

export function text(v: Value | undefined): string | undefined {
  return v?.t === 'string' ? v.v : undefined;
}

export function isMap(v: Value | undefined): v is MapValue {
  return v?.t === 'map';
}
