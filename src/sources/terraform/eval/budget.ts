/**
 * The evaluation budget of one load: how many expression evaluations (and
 * instances) it may take before it stops with one error, so that a
 * configuration built to loop cannot stall a scan. Loads are synchronous and
 * one at a time, so a module-level counter is enough.
 */
import { BudgetExceededError } from './errors.js';

let left = Infinity;
let limit = Infinity;

/** Bounds the work from now on (Infinity lifts the bound). */
export function startEvaluationBudget(evaluations: number): void {
  left = evaluations;
  limit = evaluations;
}

/** Counts work against the budget; throws BudgetExceededError when it runs out. */
export function spendEvaluations(n: number): void {
  left -= n;
  if (left < 0) {
    throw new BudgetExceededError(`evaluation stopped after ${limit} expression evaluations; the configuration is too large or loops`);
  }
}
