import { bool, list, map, nul, num, refValue, str } from '../../../model/value.js';
import { EvalError } from './errors.js';
import { distinctValues, setOrder } from './functions/collections.js';
import { computedRefOf } from './scope.js';
import { isUnknownish, setList, toBoolean, toNum, toStr, typeName } from './values.js';
const ANY = { kind: 'any' };
function keyword(expr) {
    if (expr.kind === 'variable')
        return expr.name;
    // Terraform 0.11 wrote types as strings: type = "list".
    if (expr.kind === 'template' && expr.parts.length === 1 && expr.parts[0].kind === 'text')
        return expr.parts[0].value;
    return undefined;
}
/** Reads a type expression; throws EvalError for something that is not one. */
export function parseTypeConstraint(expr) {
    const word = keyword(expr);
    if (word !== undefined) {
        switch (word) {
            case 'any':
                return ANY;
            case 'string':
            case 'number':
            case 'bool':
                return { kind: word };
            case 'list':
            case 'set':
            case 'map':
                return { kind: word, elem: ANY };
            default:
                throw new EvalError(`"${word}" is not a type`);
        }
    }
    if (expr.kind !== 'call')
        throw new EvalError('invalid type constraint');
    const [first] = expr.args;
    switch (expr.name) {
        case 'list':
        case 'set':
        case 'map':
            if (expr.args.length !== 1)
                throw new EvalError(`${expr.name}() takes one element type`);
            return { kind: expr.name, elem: parseTypeConstraint(first) };
        case 'tuple':
            if (expr.args.length !== 1 || first.kind !== 'tuple')
                throw new EvalError('tuple() takes a list of element types');
            return { kind: 'tuple', elems: first.items.map(parseTypeConstraint) };
        case 'object': {
            if (expr.args.length !== 1 || first.kind !== 'object')
                throw new EvalError('object() takes an object of attribute types');
            const attrs = new Map();
            for (const item of first.items) {
                const name = item.key.kind === 'variable' ? item.key.name : keyword(item.key);
                if (name === undefined)
                    throw new EvalError('object attribute names must be identifiers');
                const v = item.value;
                if (v.kind === 'call' && v.name === 'optional') {
                    if (v.args.length < 1 || v.args.length > 2)
                        throw new EvalError('optional() takes a type and an optional default');
                    attrs.set(name, { type: parseTypeConstraint(v.args[0]), optional: true, defaultExpr: v.args[1] });
                }
                else
                    attrs.set(name, { type: parseTypeConstraint(v), optional: false });
            }
            return { kind: 'object', attrs };
        }
        default:
            throw new EvalError(`${expr.name}() is not a type constructor`);
    }
}
/** Converts a value to a type constraint the way Terraform does on assignment; throws EvalError when it cannot. */
export function convertToType(v, type, cc, path = '') {
    if (type.kind === 'any' || isUnknownish(v) || v.t === 'null')
        return v;
    const where = path ? ` at ${path}` : '';
    switch (type.kind) {
        case 'string':
            if (v.t === 'string')
                return v;
            if (v.t === 'number' || v.t === 'bool')
                return str(toStr(v), v.loc ?? cc.loc);
            throw new EvalError(`a string is required${where}, not ${typeName(v)}`);
        case 'number':
            if (v.t === 'number')
                return v;
            if (v.t === 'string')
                return num(toNum(v, `value${where}`), v.loc ?? cc.loc);
            throw new EvalError(`a number is required${where}, not ${typeName(v)}`);
        case 'bool':
            if (v.t === 'bool')
                return v;
            if (v.t === 'string')
                return bool(toBoolean(v, `value${where}`), v.loc ?? cc.loc);
            throw new EvalError(`a bool is required${where}, not ${typeName(v)}`);
        case 'list':
        case 'set': {
            if (v.t !== 'list')
                throw new EvalError(`a ${type.kind} is required${where}, not ${typeName(v)}`);
            const items = v.items.map((item, i) => convertToType(item, type.elem, cc, `${path}[${i}]`));
            if (type.kind === 'list')
                return sameItems(items, v.items) ? v : list(items, v.loc ?? cc.loc);
            if (items.some(isUnknownish))
                return setList(items, v.loc ?? cc.loc);
            return setList(setOrder(distinctValues(items)), v.loc ?? cc.loc);
        }
        case 'tuple': {
            if (v.t !== 'list')
                throw new EvalError(`a tuple is required${where}, not ${typeName(v)}`);
            if (v.items.length !== type.elems.length)
                throw new EvalError(`a tuple of ${type.elems.length} elements is required${where}`);
            return list(v.items.map((item, i) => convertToType(item, type.elems[i], cc, `${path}[${i}]`)), v.loc ?? cc.loc);
        }
        case 'map': {
            if (v.t !== 'map')
                throw new EvalError(`a map is required${where}, not ${typeName(v)}`);
            let changed = false;
            const entries = new Map();
            for (const [k, item] of v.entries) {
                const converted = convertToType(item, type.elem, cc, `${path}["${k}"]`);
                if (converted !== item)
                    changed = true;
                entries.set(k, converted);
            }
            return changed ? map(entries, v.loc ?? cc.loc) : v;
        }
        case 'object': {
            if (v.t !== 'map')
                throw new EvalError(`an object is required${where}, not ${typeName(v)}`);
            const entries = new Map();
            // A resource passed whole (`vpc = aws_vpc.main`) has every attribute; those not configured are computed.
            const computed = computedRefOf(v);
            for (const [name, attr] of type.attrs) {
                const configured = v.entries.get(name);
                const given = computed && (!configured || configured.t === 'null') ? refValue({ address: computed.address, attr: [...computed.attr, name] }, cc.loc) : configured;
                const attrPath = path ? `${path}.${name}` : name;
                if (given && given.t !== 'null')
                    entries.set(name, convertToType(given, attr.type, cc, attrPath));
                else if (attr.optional && attr.defaultExpr)
                    entries.set(name, convertToType(cc.evalDefault(attr.defaultExpr), attr.type, cc, attrPath));
                else if (attr.optional || given)
                    entries.set(name, given ?? nul(cc.loc));
                else
                    throw new EvalError(`attribute "${attrPath}" is required`);
            }
            return map(entries, v.loc ?? cc.loc);
        }
    }
}
function sameItems(a, b) {
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
