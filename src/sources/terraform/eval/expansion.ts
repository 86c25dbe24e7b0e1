/**
 * count and for_each: which instances a resource, data source or module call
 * has, how each is addressed (`x[0]`, `x["key"]`), and what count.index /
 * each.key / each.value are for it.
 *
 * An expansion that depends on an unknown never shrinks to one harmless
 * instance: when the instances it could have are known (a condition that is
 * unknown chooses between known counts or maps, see possible-instances.ts)
 * each of them is evaluated (`possible`), else one instance is evaluated with
 * count.index / each.key / each.value unknown (`unknown`), so that what they
 * decide stays unknown. Either way an instance that may not exist carries that
 * doubt (`doubtOf`), for the report to say "possibly".
 */
import type { SourceLocation } from '../../../model/location.js';
import { map, num, str, unknown, type Value } from '../../../model/value.js';
import { messageOf } from './errors.js';
import { LIMITS } from './limits.js';
import { bind, type EvalContext } from './scope.js';
import { AFTER_APPLY, compareStrings, isUnknownish, sortedKeys, toInt, toStr, typeName } from './values.js';

export type Expansion =
  | { kind: 'single' }
  | { kind: 'count'; count: number; loc: SourceLocation }
  | { kind: 'each'; keys: string[]; values: Map<string, Value>; loc: SourceLocation }
  | { kind: 'unknown'; by: 'count' | 'for_each'; reason: string; loc: SourceLocation; doubt?: string }
  | {
      kind: 'possible';
      by: 'count' | 'for_each';
      /** Every instance some outcome would have (indexes or keys), in order. */
      keys: Array<number | string>;
      /** for_each: each.value by key (unknown where the outcomes disagree). */
      values: Map<string, Value>;
      /** The instances every outcome has. */
      certain: ReadonlySet<number | string>;
      /** Some outcome's instances are not known: one more instance is evaluated with an unknown index. */
      rest: boolean;
      reason: string;
      loc: SourceLocation;
      doubt?: string;
    };

export type InstanceKey = undefined | number | string;

export function instanceSuffix(key: InstanceKey): string {
  if (key === undefined) return '';
  if (typeof key === 'number') return `[${key}]`;
  return `[${JSON.stringify(key)}]`;
}

export function instanceKeys(exp: Expansion): InstanceKey[] {
  switch (exp.kind) {
    case 'single':
    case 'unknown':
      return [undefined];
    case 'count':
      return Array.from({ length: exp.count }, (_, i) => i);
    case 'each':
      return exp.keys;
    case 'possible':
      return exp.rest ? [...exp.keys, undefined] : exp.keys;
  }
}

/** Why an instance may not exist (its expansion is not known and not every outcome has it), or undefined when it surely does. */
export function doubtOf(exp: Expansion, key: InstanceKey): string | undefined {
  if (exp.kind === 'unknown') return exp.doubt ?? `${exp.by} is not known (${exp.reason})`;
  if (exp.kind === 'possible' && (key === undefined || !exp.certain.has(key))) return exp.doubt ?? `${exp.by} is not known (${exp.reason})`;
  return undefined;
}

export interface ExpansionProblems {
  /** An invalid count / for_each: an InputError. */
  invalid(message: string): void;
  /** An unknown one: a note. */
  unknown(reason: string): void;
}

/**
 * The expansion a count (`by` = count) or for_each value gives. An invalid
 * value gives no instances (after reporting why); a value over the instance
 * limit too.
 */
export function expand(value: Value, by: 'count' | 'for_each', loc: SourceLocation, problems: ExpansionProblems): Expansion {
  const pending = (reason: string): Expansion => {
    problems.unknown(reason);
    return { kind: 'unknown', by, reason, loc };
  };
  const invalid = (message: string): Expansion => {
    problems.invalid(message);
    return { kind: 'count', count: 0, loc };
  };
  if (value.t === 'unknown') return pending(value.reason);
  if (value.t === 'ref') return pending(AFTER_APPLY);
  if (value.t === 'null') return invalid(`${by} must not be null`);
  const tooMany = (n: number) => invalid(`${by} gives ${n} instances, more than the limit of ${LIMITS.maxInstances}`);
  if (by === 'count') {
    let n: number;
    try {
      n = toInt(value, 'count');
    } catch (e) {
      return invalid(messageOf(e));
    }
    if (n < 0) return invalid('count must not be negative');
    if (n > LIMITS.maxInstances) return tooMany(n);
    return { kind: 'count', count: n, loc };
  }
  const values = new Map<string, Value>();
  if (value.t === 'map') {
    for (const k of sortedKeys(value)) values.set(k, value.entries.get(k)!);
  } else if (value.t === 'list') {
    // A set of strings: each.key and each.value are both the string.
    for (const item of value.items) {
      if (isUnknownish(item)) return pending(item.t === 'unknown' ? item.reason : AFTER_APPLY);
      if (item.t !== 'string' && item.t !== 'number' && item.t !== 'bool') {
        return invalid(`for_each needs a map or a set of strings, and this set holds a ${typeName(item)}`);
      }
      const s = toStr(item);
      values.set(s, item.t === 'string' ? item : str(s, item.loc));
    }
  } else return invalid(`for_each needs a map or a set of strings, not a ${typeName(value)}`);
  if (values.size > LIMITS.maxInstances) return tooMany(values.size);
  return { kind: 'each', keys: [...values.keys()].sort(compareStrings), values, loc };
}

/** Binds count.index or each.key / each.value for one instance. */
export function bindInstance(ctx: EvalContext, exp: Expansion, key: InstanceKey): EvalContext {
  switch (exp.kind) {
    case 'single':
      return ctx;
    case 'count':
      return bind(ctx, 'count', map({ index: num(key as number, exp.loc) }, exp.loc));
    case 'each':
      return bind(ctx, 'each', map({ key: str(key as string, exp.loc), value: exp.values.get(key as string)! }, exp.loc));
    case 'possible': {
      const pending = unknown(exp.reason, exp.loc);
      if (exp.by === 'count') return bind(ctx, 'count', map({ index: typeof key === 'number' ? num(key, exp.loc) : pending }, exp.loc));
      if (typeof key !== 'string') return bind(ctx, 'each', map({ key: pending, value: pending }, exp.loc));
      return bind(ctx, 'each', map({ key: str(key, exp.loc), value: exp.values.get(key) ?? pending }, exp.loc));
    }
    case 'unknown': {
      const pending = unknown(exp.reason, exp.loc);
      if (exp.by === 'count') return bind(ctx, 'count', map({ index: typeof key === 'number' ? num(key, exp.loc) : pending }, exp.loc));
      return bind(ctx, 'each', map({ key: typeof key === 'string' ? str(key, exp.loc) : pending, value: pending }, exp.loc));
    }
  }
}
