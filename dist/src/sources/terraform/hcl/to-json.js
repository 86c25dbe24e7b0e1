export function toHcl2Json(file, source) {
    return new Hcl2JsonRenderer(source).body(file.body);
}
/** Sets a key without letting `__proto__` reach the prototype, as JSON.parse would. */
function setKey(object, key, value) {
    if (key === '__proto__')
        Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
    else
        object[key] = value;
}
function hasKey(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
}
/** Literal template text as hcl2json writes it: `${` and `%{` escaped so the string stays a template. */
function escapeTemplateText(text) {
    if (text.indexOf('{') < 0)
        return text;
    // split/join rather than replaceAll: a '$$' in a replacement string means a single '$'.
    return text.split('${').join('$${').split('%{').join('%%{');
}
/**
 * A number literal as cty converts it to a string: plain decimal notation, no
 * exponent, no superfluous zeros (`1.5e3` → `1500`, `1e-7` → `0.0000001`).
 */
export function decimalText(literal) {
    const e = literal.search(/[eE]/);
    const mantissa = e < 0 ? literal : literal.slice(0, e);
    const exponent = e < 0 ? 0 : Number(literal.slice(e + 1));
    const dot = mantissa.indexOf('.');
    const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
    let point = (dot < 0 ? mantissa.length : dot) + exponent;
    let first = 0;
    while (first < digits.length - 1 && digits[first] === '0') {
        first++;
        point--;
    }
    let significant = digits.slice(first).replace(/0+$/, '');
    if (significant === '')
        return '0';
    if (point <= 0)
        return '0.' + '0'.repeat(-point) + significant;
    if (point >= significant.length)
        return significant + '0'.repeat(point - significant.length);
    significant = significant.slice(0, point) + '.' + significant.slice(point);
    return significant;
}
class Hcl2JsonRenderer {
    source;
    constructor(source) {
        this.source = source;
    }
    body(body) {
        const out = {};
        for (const item of body.items)
            if (item.kind === 'block')
                this.block(item, out);
        for (const item of body.items)
            if (item.kind === 'attribute')
                setKey(out, item.name, this.expression(item.expr));
        return out;
    }
    block(block, root) {
        let out = root;
        let key = block.type;
        for (const label of block.labels) {
            if (hasKey(out, key)) {
                const existing = out[key];
                if (existing === null || typeof existing !== 'object' || Array.isArray(existing)) {
                    throw new Error(`Unable to convert Block to JSON: ${block.type}.${block.labels.join('.')}`);
                }
                out = existing;
            }
            else {
                const nested = {};
                setKey(out, key, nested);
                out = nested;
            }
            key = label;
        }
        const value = this.body(block.body);
        if (hasKey(out, key)) {
            const existing = out[key];
            if (!Array.isArray(existing))
                throw new Error(`Unable to convert Block to JSON: ${block.type}.${block.labels.join('.')}`);
            existing.push(value);
        }
        else {
            setKey(out, key, [value]);
        }
    }
    expression(expr) {
        switch (expr.kind) {
            case 'literal':
                return expr.value;
            case 'unary':
                if (expr.operand.kind === 'literal') {
                    const value = expr.operand.value;
                    if (expr.op === '-' && typeof value === 'number')
                        return -value;
                    if (expr.op === '!' && typeof value === 'boolean')
                        return !value;
                }
                return this.wrap(expr.range);
            case 'template':
                if (isSingleInterpolation(expr))
                    return this.expression(expr.parts[0].expr);
                return this.template(expr.parts);
            case 'tuple':
                return expr.items.map((item) => this.expression(item));
            case 'object': {
                const out = {};
                for (const item of expr.items) {
                    setKey(out, item.keyIsIdentifier ? this.sourceOf(item.key.range) : this.objectKey(item.key), this.expression(item.value));
                }
                return out;
            }
            default:
                return this.wrap(expr.range);
        }
    }
    objectKey(key) {
        if (isScopeTraversal(key))
            return this.sourceOf(key.range);
        return this.templatePart(key);
    }
    template(parts) {
        let out = '';
        for (const part of parts) {
            switch (part.kind) {
                case 'text':
                    out += escapeTemplateText(part.value);
                    break;
                case 'interp':
                    out += this.templatePart(part.expr);
                    break;
                case 'if': {
                    out += '%{if ' + this.sourceOf(part.cond.range) + '}' + this.template(part.then);
                    const otherwise = part.else ? this.template(part.else) : '';
                    if (otherwise.length > 0)
                        out += '%{else}' + otherwise;
                    out += '%{endif}';
                    break;
                }
                case 'for':
                    out += '%{for ' + (part.keyVar !== undefined ? part.keyVar + ', ' : '') + part.valueVar + ' in ' + this.sourceOf(part.collection.range) + '}';
                    out += this.template(part.body) + '%{endfor}';
                    break;
            }
        }
        return out;
    }
    /** An expression interpolated into a string. */
    templatePart(expr) {
        if (expr.kind === 'literal') {
            if (typeof expr.value === 'number')
                return decimalText(this.sourceOf(expr.range));
            return String(expr.value);
        }
        if (expr.kind === 'template') {
            if (isSingleInterpolation(expr))
                return this.templatePart(expr.parts[0].expr);
            return this.template(expr.parts);
        }
        return this.wrap(expr.range);
    }
    wrap(range) {
        return '${' + this.sourceOf(range) + '}';
    }
    /**
     * Source text of a range. hcl2json appends a ')' that directly follows the range
     * (a workaround for old HCL ranges that missed a closing parenthesis); kept for fidelity.
     */
    sourceOf(range) {
        let end = range.end.offset;
        if (this.source.charCodeAt(end) === 41)
            end++;
        return this.source.slice(range.start.offset, end);
    }
}
/** `"${x}"`: HCL yields the inner value itself, not a string. */
function isSingleInterpolation(template) {
    return template.parts.length === 1 && template.parts[0].kind === 'interp';
}
/** A variable followed by attribute names and constant indexes: what HCL calls a scope traversal. */
function isScopeTraversal(expr) {
    let current = expr;
    for (;;) {
        switch (current.kind) {
            case 'variable':
                return true;
            case 'getattr':
                current = current.object;
                continue;
            case 'index': {
                const key = current.key;
                const constant = key.kind === 'literal' || (key.kind === 'template' && key.parts.length === 1 && key.parts[0].kind === 'text');
                if (!constant)
                    return false;
                current = current.object;
                continue;
            }
            default:
                return false;
        }
    }
}
