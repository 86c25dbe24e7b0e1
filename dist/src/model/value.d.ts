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
export declare const UNKNOWN_TEXT = "\u2047known after apply\u2047";
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
export declare const str: (v: string, loc?: SourceLocation) => StringValue;
export declare const num: (v: number, loc?: SourceLocation) => NumberValue;
export declare const bool: (v: boolean, loc?: SourceLocation) => BoolValue;
export declare const nul: (loc?: SourceLocation) => NullValue;
export declare const list: (items: Value[], loc?: SourceLocation) => ListValue;
export declare const map: (entries: Map<string, Value> | Record<string, Value>, loc?: SourceLocation) => MapValue;
export declare const unknown: (reason: string, loc?: SourceLocation, ref?: ResourceRef) => UnknownValue;
export declare const refValue: (ref: ResourceRef, loc?: SourceLocation) => RefValue;
/** Reads a nested path; a missing key gives undefined (absent), an unknown on the way gives that unknown. */
export declare function getPath(value: Value | undefined, ...path: Array<string | number>): Value | undefined;
/** A value that is given: neither absent nor null. */
export declare function present(v: Value | undefined): v is Value;
/** The resource a reference points at, or that an unknown built from one remembers. */
export declare function refOf(v: Value | undefined): ResourceRef | undefined;
export declare function isKnown(v: Value | undefined): boolean;
/** A string, or a number/bool rendered as Terraform would; undefined for absent/null, 'unknown' marker via isUnknown. */
export declare function asString(v: Value | undefined): string | undefined;
export declare function asNumber(v: Value | undefined): number | undefined;
export declare function asBool(v: Value | undefined): boolean | undefined;
/** Items of a list; a single non-list value is a one-item list (blocks and scalars written either way). */
export declare function asList(v: Value | undefined): Value[];
/** Converts a fully known value to plain JSON; unknown parts become undefined. */
export declare function toPlain(v: Value | undefined): unknown;
/** True when any part of the value is unknown or a reference. */
export declare function containsUnknown(v: Value | undefined): boolean;
/** Builds a located value from plain JSON (used by JSON-based sources). */
export declare function fromPlain(x: unknown, loc?: SourceLocation): Value;
export {};
