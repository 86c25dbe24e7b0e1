/**
 * Operations on evaluated values that Terraform defines once for every
 * expression and function: rendering numbers, primitive conversions, equality,
 * and how an unknown (or a reference to a computed attribute) spreads into the
 * result of whatever reads it.
 */
import type { SourceLocation } from '../../../model/location.js';
import { type ListValue, type MapValue, type UnknownValue, type Value } from '../../../model/value.js';
/** Reason given to values computed from a `ref` (a computed attribute of another resource). */
export declare const AFTER_APPLY = "known after apply";
export declare function isUnknownish(v: Value): boolean;
/** The unknown a result becomes when it depends on `v`; a ref keeps its target so links survive. */
export declare function unknownFrom(v: Value, loc: SourceLocation | undefined): UnknownValue;
/** The first argument that is itself unknown (not merely containing unknowns). */
export declare function firstUnknownShallow(values: readonly Value[]): Value | undefined;
/** The first unknown anywhere inside the values, depth first. */
export declare function firstUnknownDeep(values: readonly Value[]): Value | undefined;
/** Terraform renders numbers in plain decimal, never with an exponent. */
export declare function numberToString(n: number): string;
/** Terraform's name for the type of a value, as used in error messages and by type(). */
export declare function typeName(v: Value): string;
/** A string, or the string form of a number/bool; throws for anything else. Callers check unknowns first. */
export declare function toStr(v: Value, what?: string): string;
/** Numbers as Terraform converts them: from a number or a decimal string. */
export declare function toNum(v: Value, what?: string): number;
export declare function toBoolean(v: Value, what?: string): boolean;
export declare function toInt(v: Value, what?: string): number;
/**
 * Terraform equality: same type and same value, structurally. Returns undefined
 * when an unknown makes the answer unknown.
 */
export declare function valuesEqual(a: Value, b: Value): boolean | undefined;
/** Map keys in the order Terraform iterates them: lexicographic. */
export declare function sortedKeys(m: MapValue): string[];
export declare function compareStrings(a: string, b: string): number;
export declare function checkStringLength(s: string): string;
export declare function checkCollectionSize(n: number): void;
export declare function truncate(s: string, max?: number): string;
/** A fully known value as plain data, for hashing and JSON; callers check unknowns first. */
export declare function plainOf(v: Value): unknown;
/**
 * A string that is equal for two values exactly when Terraform considers them
 * equal (type included); unknowns never compare equal to anything.
 */
export declare function jsonKey(v: Value): string;
export declare function setList(items: Value[], loc: SourceLocation | undefined): ListValue;
export declare function isSet(v: Value): boolean;
