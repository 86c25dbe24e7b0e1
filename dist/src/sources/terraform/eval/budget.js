import { BudgetExceededError } from './errors.js';
import { LIMITS } from './limits.js';
/**
 * What creating one module instance costs, in expression evaluations: measured
 * at about 15 µs against about 0.5 µs an evaluation, so that module fan-out
 * (count on count on count, with nothing inside) is bounded in time like any
 * other work.
 */
export const MODULE_INSTANCE_COST = 32;
let left = Infinity;
let limit = Infinity;
let instancesLeft = Infinity;
let instancesLimit = Infinity;
/** Bounds the work from now on (Infinity lifts the bound); called before each root module. */
export function startEvaluationBudget(evaluations, resourceInstances = evaluations === Infinity ? Infinity : LIMITS.maxResourcesPerRoot) {
    left = evaluations;
    limit = evaluations;
    instancesLeft = resourceInstances;
    instancesLimit = resourceInstances;
}
/** Counts work against the budget; throws BudgetExceededError, located at `loc`, when it runs out. */
export function spendEvaluations(n, loc) {
    left -= n;
    if (left < 0) {
        left = 0;
        throw new BudgetExceededError(`evaluation stopped after ${limit} expression evaluations; the configuration is too large or loops`, loc);
    }
}
/** Counts one resource instance; nested module counts multiply, so they are bounded apart from evaluations. */
export function spendResourceInstance(loc) {
    instancesLeft -= 1;
    if (instancesLeft < 0) {
        instancesLeft = 0;
        throw new BudgetExceededError(`evaluation stopped: more than ${instancesLimit} resource instances`, loc);
    }
}
