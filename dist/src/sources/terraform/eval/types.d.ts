/**
 * Variable type constraints (`type = map(object({ port = optional(number, 443) }))`)
 * and the conversions Terraform applies when a value is assigned to a typed
 * variable: primitives convert between each other where Terraform allows it,
 * objects keep only their declared attributes and get their optional defaults.
 */
import type { SourceLocation } from '../../../model/location.js';
import { type Value } from '../../../model/value.js';
import type { Expr } from '../hcl/ast.js';
export type TypeConstraint = {
    kind: 'any';
} | {
    kind: 'string';
} | {
    kind: 'number';
} | {
    kind: 'bool';
} | {
    kind: 'list' | 'set' | 'map';
    elem: TypeConstraint;
} | {
    kind: 'tuple';
    elems: TypeConstraint[];
} | {
    kind: 'object';
    attrs: Map<string, ObjectAttribute>;
};
export interface ObjectAttribute {
    type: TypeConstraint;
    optional: boolean;
    /** The second argument of optional(), evaluated when the attribute is absent or null. */
    defaultExpr?: Expr;
}
/** Reads a type expression; throws EvalError for something that is not one. */
export declare function parseTypeConstraint(expr: Expr): TypeConstraint;
export interface ConversionContext {
    /** Where values made by the conversion (filled-in optional defaults, converted primitives) are located. */
    loc: SourceLocation;
    /** Evaluates an optional() default expression. */
    evalDefault(expr: Expr): Value;
}
/** Converts a value to a type constraint the way Terraform does on assignment; throws EvalError when it cannot. */
export declare function convertToType(v: Value, type: TypeConstraint, cc: ConversionContext, path?: string): Value;
