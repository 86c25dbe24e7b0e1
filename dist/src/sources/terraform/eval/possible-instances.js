import { num, unknown } from '../../../model/value.js';
import { BudgetExceededError } from './errors.js';
import { expand } from './expansion.js';
import { evaluate } from './expressions.js';
import { LIMITS } from './limits.js';
import { compareStrings, isUnknownish, valuesEqual } from './values.js';
/** Nested unknown conditions beyond this are not followed (2^depth outcomes). */
const MAX_CONDITION_DEPTH = 6;
function attempt(expr, ctx) {
    try {
        return evaluate(expr, ctx);
    }
    catch (e) {
        if (e instanceof BudgetExceededError)
            throw e;
        // A branch that fails is one Terraform would not take without an error: it is not an outcome to report.
        return undefined;
    }
}
function outcomesOf(expr, ctx, depth) {
    if (expr.kind === 'parens')
        return outcomesOf(expr.expr, ctx, depth);
    if (expr.kind === 'conditional') {
        const cond = attempt(expr.cond, ctx);
        if (cond === undefined)
            return [];
        if (cond.t === 'bool')
            return outcomesOf(cond.v ? expr.then : expr.else, ctx, depth);
        if (!isUnknownish(cond))
            return [];
        if (depth >= MAX_CONDITION_DEPTH)
            return [{ unknown: true }];
        return [...outcomesOf(expr.then, ctx, depth + 1), ...outcomesOf(expr.else, ctx, depth + 1)];
    }
    if (expr.kind === 'binary' && expr.op === '*') {
        const left = attempt(expr.left, ctx);
        const right = attempt(expr.right, ctx);
        if (left === undefined || right === undefined)
            return [];
        const known = !isUnknownish(left) ? left : !isUnknownish(right) ? right : undefined;
        const other = known === left ? right : left;
        if (known?.t === 'number' && Number.isInteger(known.v) && known.v >= 0 && isUnknownish(other)) {
            return known.v === 0 ? [{ value: num(0, known.loc) }] : [{ multipleOf: known.v }];
        }
    }
    const v = attempt(expr, ctx);
    if (v === undefined)
        return [];
    return isUnknownish(v) ? [{ unknown: true }] : [{ value: v }];
}
/**
 * The `possible` expansion of an undecided count / for_each expression, or
 * undefined when no outcome's instances are known (the caller evaluates one
 * instance with an unknown index instead).
 */
export function possibleExpansion(expr, ctx, by, loc, reason) {
    const outcomes = outcomesOf(expr, ctx, 0);
    let rest = false;
    const known = [];
    for (const o of outcomes) {
        if ('unknown' in o)
            rest = true;
        else if ('multipleOf' in o) {
            rest = true;
            known.push({ kind: 'count', count: o.multipleOf, loc });
        }
        else {
            let invalid = false;
            const exp = expand(o.value, by, loc, { invalid: () => (invalid = true), unknown: () => (rest = true) });
            // An outcome Terraform would reject (a null for_each, a negative count) is not one it deploys.
            if (!invalid && (exp.kind === 'count' || exp.kind === 'each'))
                known.push(exp);
        }
    }
    if (known.length === 0)
        return undefined;
    const keys = [];
    const values = new Map();
    const certain = new Set();
    if (by === 'count') {
        const counts = known.map((e) => (e.kind === 'count' ? e.count : 0));
        const max = Math.max(...counts);
        const min = Math.min(...counts);
        for (let i = 0; i < max; i++)
            keys.push(i);
        if (!rest)
            for (let i = 0; i < min; i++)
                certain.add(i);
    }
    else {
        const seen = new Map();
        for (const e of known) {
            if (e.kind !== 'each')
                continue;
            for (const k of e.keys) {
                const v = e.values.get(k);
                const prior = values.get(k);
                if (prior === undefined)
                    values.set(k, v);
                else if (valuesEqual(prior, v) !== true)
                    values.set(k, unknown(`each.value of "${k}" depends on a condition that is not known (${reason})`, loc));
                seen.set(k, (seen.get(k) ?? 0) + 1);
            }
        }
        keys.push(...[...values.keys()].sort(compareStrings));
        if (!rest)
            for (const [k, n] of seen)
                if (n === known.length)
                    certain.add(k);
    }
    if (keys.length > LIMITS.maxInstances)
        return undefined;
    if (keys.length === 0 && !rest)
        return { kind: 'count', count: 0, loc };
    if (keys.length === 0)
        return undefined;
    // Every outcome has the same instances: the expansion is decided after all.
    if (!rest && certain.size === keys.length)
        return by === 'count' ? { kind: 'count', count: keys.length, loc } : { kind: 'each', keys: keys, values, loc };
    return { kind: 'possible', by, keys, values, certain, rest, reason, loc };
}
