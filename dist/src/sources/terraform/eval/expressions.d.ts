/**
 * Evaluates HCL expressions to located values with Terraform's semantics.
 * Values computed here are located at the attribute being evaluated
 * (ctx.loc); values that are only passed through (a variable, a local, a list
 * item picked by index) keep the location where they were written.
 * Unknowns spread into whatever depends on them; errors are thrown as
 * EvalError for the caller (try(), can(), or the attribute) to handle.
 */
import { type Value } from '../../../model/value.js';
import type { Expr } from '../hcl/ast.js';
import { type EvalContext, type TraversalStep } from './scope.js';
export declare function evaluate(expr: Expr, ctx: EvalContext): Value;
export declare function applySteps(value: Value, steps: readonly TraversalStep[], from: number, ctx: EvalContext): Value;
/** One `.name` or `[key]` applied to a value, as Terraform does it. */
export declare function applyStep(cur: Value, step: TraversalStep, ctx: EvalContext): Value;
/** The (key, value) pairs a `for` iterates: list index or sorted map key. */
export declare function iterationPairs(collection: Value, what: string): Array<[Value, Value]>;
