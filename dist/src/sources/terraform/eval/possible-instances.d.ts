/**
 * The instances an undecided count or for_each could have. Real modules gate
 * their resources behind conditions that are often unknown to a static scan
 * (a data source, a variable without a value):
 *
 *   count    = local.create && var.dedicated_acl ? length(var.inbound_rules) : 0
 *   for_each = var.enabled ? var.rules : {}
 *   count    = length(var.rules) * length(local.azs)
 *
 * The count is unknown, but each outcome is not: the first could have
 * length(var.inbound_rules) instances or none. Evaluating each instance some
 * outcome has (as possibly existing) shows what they would expose; shrinking
 * to one instance would hide rules 1..n. Only the shapes above are read:
 * conditions (nested, in parentheses) whose condition is unknown, and a product
 * with one known factor k (instances 0..k-1 exist whenever any does; the rest
 * are not known). Anything else is not determinable here and is left to the
 * caller's unknown-index instance.
 */
import type { SourceLocation } from '../../../model/location.js';
import type { Expr } from '../hcl/ast.js';
import { type Expansion } from './expansion.js';
import type { EvalContext } from './scope.js';
/**
 * The `possible` expansion of an undecided count / for_each expression, or
 * undefined when no outcome's instances are known (the caller evaluates one
 * instance with an unknown index instead).
 */
export declare function possibleExpansion(expr: Expr, ctx: EvalContext, by: 'count' | 'for_each', loc: SourceLocation, reason: string): Expansion | undefined;
