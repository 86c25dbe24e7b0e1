/**
 * The located value tree that every source produces for resource attributes.
 * A value the input does not determine is an explicit `unknown`, never a guess;
 * a reference to another resource's computed attribute is a `ref`, so the model
 * can follow links (a security group referenced by a database) without knowing ids.
 */
import type { SourceLocation } from './location.js';

export type Value = StringValue | NumberValue | BoolValue | NullValue | ListValue | MapValue | UnknownValue | RefValue;

interface Base {
  loc?: SourceLocation;
}
export interface StringValue extends Base {
  t: 'string';
  v: string;
}
export interface NumberValue extends Base {
  t: 'number';
  v: number;
}
export interface BoolValue extends Base {
  t: 'bool';
  v: boolean;
}
export interface NullValue extends Base {
  t: 'null';
}
/** Tuples, lists and sets; also repeated nested blocks (`ingress {}` x2 is a list of two maps). */
export interface ListValue extends Base {
  t: 'list';
  items: Value[];
}
/** Objects and maps; also a single nested block. */
export interface MapValue extends Base {
  t: 'map';
  entries: Map<string, Value>;
}
export interface UnknownValue extends Base {
  t: 'unknown';
  /** Why it is unknown: "var.subnet_id has no value", "known after apply", "data source". */
  reason: string;
  /** When the unknown is a resource attribute, which resource: lets analysis still link it. */
  ref?: ResourceRef;
  /**
   * The known parts, when the value is unknown only because some parts of its
   * input are: `jsonencode({ Principal = "*", Resource = aws_s3_bucket.b.arn })`
   * keeps its argument here, so a policy's principal can still be read.
   */
  partial?: Value;
}

/**
 * Stands for an unknown part inside a partial string: a template such as a
 * heredoc policy with `${aws_s3_bucket.b.arn}` in it keeps its known text, with
 * this marker where the unknown interpolation was (no control characters, so a
 * JSON policy with the marker inside a string still parses).
 */
export const UNKNOWN_TEXT = '\u2047known after apply\u2047';
/** A computed attribute of another resource in the same scan (`aws_security_group.web.id`). */
export interface RefValue extends Base {
  t: 'ref';
  ref: ResourceRef;
}
export interface ResourceRef {
  /** Full address of the target resource, e.g. `module.db.aws_security_group.this[0]`. */
  address: string;
  /** The attribute path read from it, e.g. ['id'] or ['arn']. */
  attr: string[];
}

// ---- constructors ----
export const str = (v: string, loc?: SourceLocation): StringValue => ({ t: 'string', v, loc });
export const num = (v: number, loc?: SourceLocation): NumberValue => ({ t: 'number', v, loc });
export const bool = (v: boolean, loc?: SourceLocation): BoolValue => ({ t: 'bool', v, loc });
export const nul = (loc?: SourceLocation): NullValue => ({ t: 'null', loc });
export const list = (items: Value[], loc?: SourceLocation): ListValue => ({ t: 'list', items, loc });
export const map = (entries: Map<string, Value> | Record<string, Value>, loc?: SourceLocation): MapValue => ({
  t: 'map',
  entries: entries instanceof Map ? entries : new Map(Object.entries(entries)),
  loc,
});
export const unknown = (reason: string, loc?: SourceLocation, ref?: ResourceRef): UnknownValue => ({
  t: 'unknown',
  reason,
  loc,
  ...(ref ? { ref } : {}),
});
export const refValue = (ref: ResourceRef, loc?: SourceLocation): RefValue => ({ t: 'ref', ref, loc });

// ---- readers used by normalizers ----

/** Reads a nested path; a missing key gives undefined (absent), an unknown on the way gives that unknown. */
export function getPath(value: Value | undefined, ...path: Array<string | number>): Value | undefined {
  let cur = value;
  for (const key of path) {
    if (!cur) return undefined;
    if (cur.t === 'unknown' || cur.t === 'ref') return cur.t === 'ref' ? unknown('computed attribute', cur.loc, cur.ref) : cur;
    if (typeof key === 'number') {
      if (cur.t !== 'list') return undefined;
      cur = cur.items[key];
    } else {
      if (cur.t === 'list' && cur.items.length === 1 && cur.items[0]?.t === 'map') cur = cur.items[0];
      if (cur.t !== 'map') return undefined;
      cur = cur.entries.get(key);
    }
  }
  return cur;
}

/** A value that is given: neither absent nor null. */
export function present(v: Value | undefined): v is Value {
  return v !== undefined && v.t !== 'null';
}

/** The resource a reference points at, or that an unknown built from one remembers. */
export function refOf(v: Value | undefined): ResourceRef | undefined {
  if (v?.t === 'ref') return v.ref;
  if (v?.t === 'unknown') return v.ref;
  return undefined;
}

export function isKnown(v: Value | undefined): boolean {
  return !!v && v.t !== 'unknown' && v.t !== 'ref';
}

/** A string, or a number/bool rendered as Terraform would; undefined for absent/null, 'unknown' marker via isUnknown. */
export function asString(v: Value | undefined): string | undefined {
  if (!v) return undefined;
  if (v.t === 'string') return v.v;
  if (v.t === 'number') return String(v.v);
  if (v.t === 'bool') return String(v.v);
  return undefined;
}

export function asNumber(v: Value | undefined): number | undefined {
  if (!v) return undefined;
  if (v.t === 'number') return v.v;
  if (v.t === 'string' && v.v.trim() !== '' && !Number.isNaN(Number(v.v))) return Number(v.v);
  return undefined;
}

export function asBool(v: Value | undefined): boolean | undefined {
  if (!v) return undefined;
  if (v.t === 'bool') return v.v;
  if (v.t === 'string') {
    const s = v.v.toLowerCase();
    if (s === 'true') return true;
    if (s === 'false') return false;
  }
  return undefined;
}

/** Items of a list; a single non-list value is a one-item list (blocks and scalars written either way). */
export function asList(v: Value | undefined): Value[] {
  if (!v || v.t === 'null') return [];
  if (v.t === 'list') return v.items;
  return [v];
}

/** Converts a fully known value to plain JSON; unknown parts become undefined. */
export function toPlain(v: Value | undefined): unknown {
  if (!v) return undefined;
  switch (v.t) {
    case 'string':
    case 'number':
    case 'bool':
      return v.v;
    case 'null':
      return null;
    case 'list':
      return v.items.map(toPlain);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [k, item] of v.entries) out[k] = toPlain(item);
      return out;
    }
    default:
      return undefined;
  }
}

/** True when any part of the value is unknown or a reference. */
export function containsUnknown(v: Value | undefined): boolean {
  if (!v) return false;
  if (v.t === 'unknown' || v.t === 'ref') return true;
  if (v.t === 'list') return v.items.some(containsUnknown);
  if (v.t === 'map') for (const item of v.entries.values()) if (containsUnknown(item)) return true;
  return false;
}

/** Builds a located value from plain JSON (used by JSON-based sources). */
export function fromPlain(x: unknown, loc?: SourceLocation): Value {
  if (x === null || x === undefined) return nul(loc);
  if (typeof x === 'string') return str(x, loc);
  if (typeof x === 'number') return num(x, loc);
  if (typeof x === 'boolean') return bool(x, loc);
  if (Array.isArray(x)) return list(x.map((i) => fromPlain(i, loc)), loc);
  const entries = new Map<string, Value>();
  for (const [k, item] of Object.entries(x as Record<string, unknown>)) entries.set(k, fromPlain(item, loc));
  return map(entries, loc);
}
