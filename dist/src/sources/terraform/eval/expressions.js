/**
 * Evaluates HCL expressions to located values with Terraform's semantics.
 * Values computed here are located at the attribute being evaluated
 * (ctx.loc); values that are only passed through (a variable, a local, a list
 * item picked by index) keep the location where they were written.
 * Unknowns spread into whatever depends on them; errors are thrown as
 * EvalError for the caller (try(), can(), or the attribute) to handle.
 */
import { bool, list, map, nul, num, refValue, str, unknown } from '../../../model/value.js';
import { SPLAT_ITEM } from '../hcl/ast.js';
import { spendEvaluations } from './budget.js';
import { BudgetExceededError, CycleError, EvalError, UnsupportedError } from './errors.js';
import { argumentShapeError, lookupFunction } from './functions/index.js';
import { bind, computedRefOf, lookupBinding } from './scope.js';
import { evalTemplate, renderTemplateFile } from './templates.js';
import { checkCollectionSize, firstUnknownDeep, firstUnknownShallow, isSet, isUnknownish, numberToString, sortedKeys, toBoolean, toNum, toStr, typeName, unknownFrom, valuesEqual, } from './values.js';
export function evaluate(expr, ctx) {
    spendEvaluations(1, ctx.loc);
    switch (expr.kind) {
        case 'literal':
            if (expr.value === null)
                return nul(ctx.loc);
            return typeof expr.value === 'number' ? num(expr.value, ctx.loc) : bool(expr.value, ctx.loc);
        case 'template':
            return evalTemplate(expr, ctx);
        case 'tuple':
            return list(expr.items.map((item) => evaluate(item, ctx)), ctx.loc);
        case 'object':
            return evalObject(expr, ctx);
        case 'variable':
        case 'getattr':
        case 'index':
            return evalTraversal(expr, ctx);
        case 'splat':
            return evalSplat(expr, ctx);
        case 'call':
            return evalCall(expr, ctx);
        case 'unary': {
            const operand = evaluate(expr.operand, ctx);
            if (isUnknownish(operand))
                return unknownFrom(operand, ctx.loc);
            if (expr.op === '!')
                return bool(!toBoolean(operand, 'operand of !'), ctx.loc);
            return num(-toNum(operand, 'operand of -'), ctx.loc);
        }
        case 'binary':
            return evalBinary(expr, ctx);
        case 'conditional':
            return evalConditional(expr, ctx);
        case 'for':
            return evalFor(expr, ctx);
        case 'parens':
            return evaluate(expr.expr, ctx);
        default:
            throw new EvalError(`unsupported expression ${expr.kind}`);
    }
}
function evalObject(expr, ctx) {
    const entries = new Map();
    for (const item of expr.items) {
        let key;
        if (item.keyIsIdentifier && item.key.kind === 'variable')
            key = item.key.name;
        else {
            const k = evaluate(item.key, ctx);
            if (isUnknownish(k))
                return unknownFrom(k, ctx.loc);
            key = toStr(k, 'object key');
        }
        entries.set(key, evaluate(item.value, ctx));
    }
    return map(entries, ctx.loc);
}
// ---- references ----
function evalTraversal(expr, ctx) {
    const chain = [];
    let node = expr;
    while (node.kind === 'getattr' || node.kind === 'index') {
        chain.push(node);
        node = node.object;
    }
    const steps = [];
    for (let i = chain.length - 1; i >= 0; i--) {
        const step = chain[i];
        if (step.kind === 'getattr')
            steps.push({ kind: 'attr', name: step.name, range: step.range });
        else if (step.kind === 'index')
            steps.push({ kind: 'index', key: evaluate(step.key, ctx), range: step.range });
    }
    if (node.kind === 'variable') {
        const bound = lookupBinding(ctx.bindings, node.name);
        if (bound !== undefined)
            return applySteps(bound, steps, 0, ctx);
        const resolved = ctx.scope.resolve(node.name, steps, ctx);
        return applySteps(resolved.value, steps, resolved.consumed, ctx);
    }
    return applySteps(evaluate(node, ctx), steps, 0, ctx);
}
export function applySteps(value, steps, from, ctx) {
    let cur = value;
    for (let i = from; i < steps.length; i++)
        cur = applyStep(cur, steps[i], ctx);
    return cur;
}
function stepName(step) {
    if (step.kind === 'attr')
        return step.name;
    const k = step.key;
    if (k.t === 'string')
        return k.v;
    if (k.t === 'number')
        return numberToString(k.v);
    return undefined;
}
/** One `.name` or `[key]` applied to a value, as Terraform does it. */
export function applyStep(cur, step, ctx) {
    if (cur.t === 'ref' || cur.t === 'unknown') {
        // Reading into a computed attribute keeps pointing at the resource it belongs to.
        const name = stepName(step);
        const ref = cur.ref;
        if (ref && name !== undefined) {
            const extended = { address: ref.address, attr: [...ref.attr, name] };
            return cur.t === 'ref' ? refValue(extended, ctx.loc) : unknown(cur.reason, ctx.loc, extended);
        }
        return unknownFrom(cur, ctx.loc);
    }
    if (step.kind === 'index' && isUnknownish(step.key))
        return unknownFrom(step.key, ctx.loc);
    if (cur.t === 'null') {
        throw new EvalError(step.kind === 'attr' ? `attempt to get attribute "${step.name}" from a null value` : 'attempt to index a null value');
    }
    if (cur.t === 'map') {
        const key = step.kind === 'attr' ? step.name : toStr(step.key, 'map key');
        const found = cur.entries.get(key);
        const computed = computedRefOf(cur);
        // In a resource, an attribute that is not set, or set to null, is left for the provider to compute.
        if (computed && (!found || found.t === 'null'))
            return refValue({ address: computed.address, attr: [...computed.attr, key] }, ctx.loc);
        if (found)
            return found;
        throw new EvalError(step.kind === 'attr' ? `this object does not have an attribute named "${key}"` : `the map does not have an element with the key "${key}"`);
    }
    if (cur.t === 'list') {
        if (step.kind === 'attr') {
            throw new EvalError(`cannot read attribute "${step.name}" of a list; index it or use a splat ([*].${step.name})`);
        }
        const idx = toNum(step.key, 'list index');
        if (!Number.isInteger(idx))
            throw new EvalError(`list index must be a whole number, not ${numberToString(idx)}`);
        const found = cur.items[idx];
        if (!found)
            throw new EvalError(`index ${idx} is out of range for a list of ${cur.items.length} elements`);
        return found;
    }
    throw new EvalError(step.kind === 'attr' ? `cannot read attribute "${step.name}" of a ${typeName(cur)}` : `cannot index a ${typeName(cur)}`);
}
function evalSplat(expr, ctx) {
    const source = evaluate(expr.object, ctx);
    if (isUnknownish(source))
        return unknownFrom(source, ctx.loc);
    // A splat of a single value treats it as a one-element list; of null, as an empty one.
    const items = source.t === 'list' ? source.items : source.t === 'null' ? [] : [source];
    return list(items.map((item) => evaluate(expr.each, bind(ctx, SPLAT_ITEM, item))), ctx.loc);
}
// ---- operators ----
function evalBinary(expr, ctx) {
    if (expr.op === '&&' || expr.op === '||')
        return evalLogical(expr, ctx);
    const left = evaluate(expr.left, ctx);
    const right = evaluate(expr.right, ctx);
    if (expr.op === '==' || expr.op === '!=') {
        const eq = valuesEqual(left, right);
        if (eq === undefined)
            return unknownFrom(isUnknownish(left) ? left : isUnknownish(right) ? right : (firstUnknownDeep([left, right]) ?? left), ctx.loc);
        return bool(expr.op === '==' ? eq : !eq, ctx.loc);
    }
    if (isUnknownish(left))
        return unknownFrom(left, ctx.loc);
    if (isUnknownish(right))
        return unknownFrom(right, ctx.loc);
    const a = toNum(left, `left operand of ${expr.op}`);
    const b = toNum(right, `right operand of ${expr.op}`);
    switch (expr.op) {
        case '<':
            return bool(a < b, ctx.loc);
        case '>':
            return bool(a > b, ctx.loc);
        case '<=':
            return bool(a <= b, ctx.loc);
        case '>=':
            return bool(a >= b, ctx.loc);
        case '+':
            return num(a + b, ctx.loc);
        case '-':
            return num(a - b, ctx.loc);
        case '*':
            return num(a * b, ctx.loc);
        case '/':
            if (b === 0)
                throw new EvalError('division by zero');
            return num(a / b, ctx.loc);
        case '%':
            if (b === 0)
                throw new EvalError('modulo by zero');
            return num(a % b, ctx.loc);
        default:
            throw new EvalError(`unsupported operator ${expr.op}`);
    }
}
/** `&&` and `||`: a known deciding side settles the result even when the other is unknown. */
function evalLogical(expr, ctx) {
    const decisive = expr.op === '||';
    const left = evaluate(expr.left, ctx);
    if (!isUnknownish(left) && toBoolean(left, `left operand of ${expr.op}`) === decisive)
        return bool(decisive, ctx.loc);
    const right = evaluate(expr.right, ctx);
    if (!isUnknownish(right) && toBoolean(right, `right operand of ${expr.op}`) === decisive)
        return bool(decisive, ctx.loc);
    if (isUnknownish(left))
        return unknownFrom(left, ctx.loc);
    if (isUnknownish(right))
        return unknownFrom(right, ctx.loc);
    return bool(!decisive, ctx.loc);
}
function evalConditional(expr, ctx) {
    const cond = evaluate(expr.cond, ctx);
    if (isUnknownish(cond))
        return unknownFrom(cond, ctx.loc);
    if (cond.t === 'null')
        throw new EvalError('the condition is null');
    return evaluate(toBoolean(cond, 'condition') ? expr.then : expr.else, ctx);
}
// ---- for expressions ----
/** The (key, value) pairs a `for` iterates: list index or sorted map key. */
export function iterationPairs(collection, what) {
    if (collection.t === 'list') {
        // A set has no indexes: its elements are their own keys.
        if (isSet(collection))
            return collection.items.map((item) => [item, item]);
        return collection.items.map((item, i) => [num(i, item.loc), item]);
    }
    if (collection.t === 'map')
        return sortedKeys(collection).map((k) => [str(k, collection.loc), collection.entries.get(k)]);
    if (collection.t === 'null')
        throw new EvalError(`${what}: cannot iterate over a null value`);
    throw new EvalError(`${what}: cannot iterate over a ${typeName(collection)}`);
}
function evalFor(expr, ctx) {
    const collection = evaluate(expr.collection, ctx);
    if (isUnknownish(collection))
        return unknownFrom(collection, ctx.loc);
    const pairs = iterationPairs(collection, 'for expression');
    checkCollectionSize(pairs.length);
    const objectEntries = new Map();
    const groups = new Map();
    const listItems = [];
    for (const [k, v] of pairs) {
        let inner = expr.keyVar ? bind(ctx, expr.keyVar, k) : ctx;
        inner = bind(inner, expr.valueVar, v);
        if (expr.cond) {
            const keep = evaluate(expr.cond, inner);
            if (isUnknownish(keep))
                return unknownFrom(keep, ctx.loc);
            if (!toBoolean(keep, 'for expression condition'))
                continue;
        }
        if (!expr.keyExpr) {
            listItems.push(evaluate(expr.valueExpr, inner));
            continue;
        }
        const keyValue = evaluate(expr.keyExpr, inner);
        if (isUnknownish(keyValue))
            return unknownFrom(keyValue, ctx.loc);
        const key = toStr(keyValue, 'for expression key');
        const value = evaluate(expr.valueExpr, inner);
        if (expr.grouping) {
            let group = groups.get(key);
            if (!group)
                groups.set(key, (group = []));
            group.push(value);
        }
        else {
            if (objectEntries.has(key))
                throw new EvalError(`duplicate key "${key}" in a for expression; add ... to group values`);
            objectEntries.set(key, value);
        }
    }
    if (!expr.keyExpr)
        return list(listItems, ctx.loc);
    if (expr.grouping)
        for (const [k, vs] of groups)
            objectEntries.set(k, list(vs, ctx.loc));
    return map(objectEntries, ctx.loc);
}
// ---- function calls ----
function evalCall(expr, ctx) {
    const name = expr.name.startsWith('core::') ? expr.name.slice(6) : expr.name;
    if (name === 'try')
        return evalTry(expr, ctx);
    if (name === 'can')
        return evalCan(expr, ctx);
    const spec = lookupFunction(name);
    if (!spec) {
        const what = name.includes('::') ? `provider function ${name}()` : `function ${name}()`;
        ctx.scope.note(`${what} is not evaluated by leakproof; its results are unknown`);
        return unknown(`${what} is not evaluated`, ctx.loc);
    }
    const args = expr.args.map((a) => evaluate(a, ctx));
    if (expr.expandFinal) {
        const last = args.pop();
        if (last) {
            if (isUnknownish(last))
                return unknownFrom(last, ctx.loc);
            if (last.t !== 'list')
                throw new EvalError(`${name}: the argument expanded with ... must be a list`);
            args.push(...last.items);
        }
    }
    const max = spec.variadic ? Infinity : spec.params + (spec.optional ?? 0);
    if (args.length < spec.params || args.length > max) {
        const expected = spec.variadic ? `at least ${spec.params}` : spec.optional ? `${spec.params} to ${max}` : `${spec.params}`;
        throw new EvalError(`${name}() takes ${expected} argument${expected === '1' ? '' : 's'}, not ${args.length}`);
    }
    const shapeError = argumentShapeError(name, args);
    if (shapeError)
        throw new EvalError(shapeError);
    if (spec.unknowns !== 'self') {
        const pending = spec.unknowns === 'deep' ? firstUnknownDeep(args) : firstUnknownShallow(args);
        if (pending) {
            const result = unknownFrom(pending, ctx.loc);
            const structured = args[0]?.t === 'map' || args[0]?.t === 'list';
            return spec.keepsPartial && structured && result.t === 'unknown' ? { ...result, partial: args[0] } : result;
        }
    }
    const fc = {
        loc: ctx.loc,
        files: ctx.scope.files,
        note: (m) => ctx.scope.note(m),
        renderTemplate: (text, path, vars) => renderTemplateFile(text, path, vars, ctx),
    };
    try {
        return spec.impl(args, fc);
    }
    catch (e) {
        if (e instanceof UnsupportedError) {
            ctx.scope.note(e.message);
            return unknown(e.message, ctx.loc);
        }
        if (e instanceof EvalError || e instanceof BudgetExceededError)
            throw e;
        throw new EvalError(`${name}(): ${e.message}`);
    }
}
function isRecoverable(e) {
    return e instanceof EvalError && !(e instanceof CycleError);
}
/** try(): the first argument that evaluates without error (an unknown one stops the search: it might fail later). */
function evalTry(expr, ctx) {
    if (expr.args.length === 0)
        throw new EvalError('try() needs at least one argument');
    let lastError;
    for (const arg of expr.args) {
        try {
            return evaluate(arg, ctx);
        }
        catch (e) {
            if (!isRecoverable(e))
                throw e;
            lastError = e;
        }
    }
    throw new EvalError(`try(): no argument could be evaluated; the last error: ${lastError.message}`);
}
function evalCan(expr, ctx) {
    if (expr.args.length !== 1)
        throw new EvalError('can() takes 1 argument');
    try {
        const v = evaluate(expr.args[0], ctx);
        return isUnknownish(v) ? unknownFrom(v, ctx.loc) : bool(true, ctx.loc);
    }
    catch (e) {
        if (!isRecoverable(e))
            throw e;
        return bool(false, ctx.loc);
    }
}
