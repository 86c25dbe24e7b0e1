/**
 * The evaluation budget of one root module: how many expression evaluations
 * and resource instances it may take before it stops with one error, so that
 * a configuration built to loop cannot stall a scan. Each root module gets a
 * budget of its own (a hostile root must not starve the roots after it), and
 * running out says where evaluation was. Loads are synchronous and evaluate
 * one root at a time, so module-level counters are enough.
 */
import type { SourceLocation } from '../../../model/location.js';
/**
 * What creating one module instance costs, in expression evaluations: measured
 * at about 15 µs against about 0.5 µs an evaluation, so that module fan-out
 * (count on count on count, with nothing inside) is bounded in time like any
 * other work.
 */
export declare const MODULE_INSTANCE_COST = 32;
/** Bounds the work from now on (Infinity lifts the bound); called before each root module. */
export declare function startEvaluationBudget(evaluations: number, resourceInstances?: number): void;
/** Counts work against the budget; throws BudgetExceededError, located at `loc`, when it runs out. */
export declare function spendEvaluations(n: number, loc?: SourceLocation): void;
/** Counts one resource instance; nested module counts multiply, so they are bounded apart from evaluations. */
export declare function spendResourceInstance(loc: SourceLocation): void;
