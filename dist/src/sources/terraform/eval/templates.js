import { str, UNKNOWN_TEXT } from '../../../model/value.js';
import { EvalError } from './errors.js';
import { evaluate, iterationPairs } from './expressions.js';
import { LIMITS } from './limits.js';
import { bind } from './scope.js';
import { isUnknownish, toBoolean, toStr, typeName, unknownFrom } from './values.js';
export function evalTemplate(expr, ctx) {
    const parts = expr.parts;
    if (parts.length === 1) {
        const only = parts[0];
        if (only.kind === 'text')
            return str(only.value, ctx.loc);
        if (only.kind === 'interp')
            return evaluate(only.expr, ctx);
    }
    const buf = { text: '' };
    const out = render(parts, ctx, buf);
    if (typeof out !== 'string')
        return out;
    // Unknown interpolations leave the rest of the text readable (a heredoc policy's principal, say).
    if (buf.firstUnknown)
        return { ...unknownFrom(buf.firstUnknown, ctx.loc), partial: str(out, ctx.loc) };
    return str(out, ctx.loc);
}
/** Appends the rendering of parts to buf; returns the text, or the unknown that made it unknown. */
function render(parts, ctx, buf) {
    for (const part of parts) {
        switch (part.kind) {
            case 'text':
                buf.text += part.value;
                break;
            case 'interp': {
                const v = evaluate(part.expr, ctx);
                if (isUnknownish(v)) {
                    buf.firstUnknown ??= v;
                    buf.text += UNKNOWN_TEXT;
                    break;
                }
                if (v.t === 'null')
                    throw new EvalError('a template interpolation is null');
                if (v.t === 'list' || v.t === 'map')
                    throw new EvalError(`cannot include a ${typeName(v)} in a string template`);
                buf.text += toStr(v);
                break;
            }
            case 'if': {
                const cond = evaluate(part.cond, ctx);
                if (isUnknownish(cond))
                    return unknownFrom(cond, ctx.loc);
                const branch = toBoolean(cond, 'template if condition') ? part.then : part.else;
                if (branch) {
                    const r = render(branch, ctx, buf);
                    if (typeof r !== 'string')
                        return r;
                }
                break;
            }
            case 'for': {
                const collection = evaluate(part.collection, ctx);
                if (isUnknownish(collection))
                    return unknownFrom(collection, ctx.loc);
                for (const [k, v] of iterationPairs(collection, 'template for')) {
                    let inner = part.keyVar ? bind(ctx, part.keyVar, k) : ctx;
                    inner = bind(inner, part.valueVar, v);
                    const r = render(part.body, inner, buf);
                    if (typeof r !== 'string')
                        return r;
                }
                break;
            }
        }
        if (buf.text.length > LIMITS.maxStringLength)
            throw new EvalError(`template result longer than ${LIMITS.maxStringLength} characters`);
    }
    return buf.text;
}
/**
 * templatefile(): the template sees only the variables passed to it (and the
 * functions), not the module's variables or locals.
 */
export function renderTemplateFile(text, path, vars, ctx) {
    const template = ctx.scope.parseTemplate(text, path);
    let bindings;
    for (const [name, value] of vars.entries)
        bindings = { name, value, next: bindings };
    const isolated = {
        files: ctx.scope.files,
        parseTemplate: (t, p) => ctx.scope.parseTemplate(t, p),
        note: (m) => ctx.scope.note(m),
        resolve(name, _steps) {
            throw new EvalError(`template ${path} refers to "${name}", which is not among the variables passed to templatefile()`);
        },
    };
    const out = render(template.parts, { scope: isolated, bindings, loc: ctx.loc }, { text: '' });
    return typeof out === 'string' ? str(out, ctx.loc) : out;
}
