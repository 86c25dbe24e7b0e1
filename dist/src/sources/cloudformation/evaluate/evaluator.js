import { asNumber, asString, fromPlain, refOf, toPlain, unknown } from '../../../model/value.js';
import { DEFAULT_PARSE_LIMITS } from '../parse/limits.js';
import { TemplateBudget } from './budget.js';
import { cidrSubnets } from './cidr-split.js';
import { availabilityZones, NO_VALUE, pseudoParameter } from './pseudo-parameters.js';
/**
 * Dynamic references (`{{resolve:ssm:name}}`) are resolved by CloudFormation
 * at deploy time. One pass: each `{{resolve:` is closed by the first `}` after
 * it, which must be the start of `}}`.
 */
function hasDynamicReference(s) {
    const open = '{{resolve:';
    let closing = -1;
    for (let at = s.indexOf(open); at >= 0; at = s.indexOf(open, at + 1)) {
        if (closing < at + open.length)
            closing = s.indexOf('}', at + open.length);
        if (closing < 0)
            return false;
        if (s.charCodeAt(closing + 1) === 125 /* } */)
            return true;
    }
    return false;
}
/** How many times `delimiter` (not empty) occurs in `s`, counting at most `cap + 1`. */
function occurrences(s, delimiter, cap) {
    let n = 0;
    for (let at = s.indexOf(delimiter); at >= 0 && n <= cap; at = s.indexOf(delimiter, at + delimiter.length))
        n++;
    return n;
}
function isIntrinsicKey(key) {
    return key === 'Ref' || key.startsWith('Fn::');
}
/** A map written as one intrinsic call (`{Ref: x}`, `{"Fn::Join": [...]}`). */
function intrinsicOf(v) {
    if (v.t !== 'map' || v.entries.size !== 1)
        return undefined;
    const [fn, arg] = v.entries.entries().next().value;
    return isIntrinsicKey(fn) ? { fn, arg } : undefined;
}
/** The reason a value is not usable as text, keeping the first resource it refers to. */
function notText(v, loc, what) {
    if (v.t === 'unknown')
        return unknown(v.reason, loc, v.ref);
    if (v.t === 'ref')
        return unknown(`${what} uses ${describeRef(v.ref)}, known only after deploy`, loc, v.ref);
    return unknown(`${what}: a ${v.t} is not text`, loc);
}
export function describeRef(ref) {
    return ref.attr.length === 0 || ref.attr[0] === 'Ref' ? `the id of ${ref.address}` : `${ref.address}.${ref.attr.join('.')}`;
}
function textOf(v) {
    if (v.t === 'string')
        return v.v;
    if (v.t === 'number' || v.t === 'bool')
        return String(v.v);
    return undefined;
}
function sameValue(a, b) {
    if (a === NO_VALUE || b === NO_VALUE)
        return a === b;
    if (a.t === 'unknown' || a.t === 'ref' || b.t === 'unknown' || b.t === 'ref')
        return false;
    return JSON.stringify(toPlain(a)) === JSON.stringify(toPlain(b));
}
export class TemplateEvaluator {
    input;
    conditionCache = new Map();
    evaluating = new Set();
    budget;
    constructor(input) {
        this.input = input;
        this.budget = input.budget ?? new TemplateBudget(DEFAULT_PARSE_LIMITS);
    }
    /** Evaluates a property value; `NO_VALUE` means the property is to be removed. */
    evaluate(v) {
        this.budget.step(v.loc);
        return this.budget.nested(v.loc, () => this.evaluateNode(v));
    }
    evaluateNode(v) {
        const call = intrinsicOf(v);
        if (call)
            return this.call(call.fn, call.arg, v.loc);
        if (v.t === 'map') {
            const entries = new Map();
            for (const [k, item] of v.entries) {
                const e = this.evaluate(item);
                if (e !== NO_VALUE)
                    entries.set(k, e);
            }
            return { t: 'map', entries, loc: v.loc };
        }
        if (v.t === 'list') {
            const items = [];
            for (const item of v.items) {
                const e = this.evaluate(item);
                if (e !== NO_VALUE)
                    items.push(e);
            }
            return { t: 'list', items, loc: v.loc };
        }
        if (v.t === 'string' && hasDynamicReference(v.v))
            return unknown(`"${shorten(v.v)}" is a dynamic reference, resolved at deploy time`, v.loc);
        return v;
    }
    /** A copy of a value tree with every node located at `loc`; each node copied is a step. */
    relocate(v, loc) {
        this.budget.step(loc);
        switch (v.t) {
            case 'list':
                return { t: 'list', items: v.items.map((i) => this.relocate(i, loc)), loc };
            case 'map': {
                const entries = new Map();
                for (const [k, item] of v.entries)
                    entries.set(k, this.relocate(item, loc));
                return { t: 'map', entries, loc };
            }
            default:
                return { ...v, loc };
        }
    }
    /** A string an intrinsic built (its length already checked against the budget). */
    text(v, loc) {
        return { t: 'string', v, loc };
    }
    /** Evaluates, turning a removed value into an absent one. */
    value(v) {
        const e = this.evaluate(v);
        return e === NO_VALUE ? undefined : e;
    }
    call(fn, arg, loc) {
        switch (fn) {
            case 'Ref':
                return this.ref(arg, loc);
            case 'Fn::GetAtt':
                return this.getAtt(arg, loc);
            case 'Fn::If':
                return this.fnIf(arg, loc);
            case 'Fn::Sub':
                return this.sub(arg, loc);
            case 'Fn::Join':
                return this.join(arg, loc);
            case 'Fn::Select':
                return this.select(arg, loc);
            case 'Fn::Split':
                return this.split(arg, loc);
            case 'Fn::FindInMap':
                return this.findInMap(arg, loc);
            case 'Fn::GetAZs':
                return availabilityZones(loc);
            case 'Fn::Base64':
            case 'Fn::Base64Encode':
                return this.mapText(arg, loc, fn, (s) => 4 * Math.ceil(Buffer.byteLength(s, 'utf8') / 3), (s) => Buffer.from(s, 'utf8').toString('base64'));
            case 'Fn::Base64Decode':
                return this.mapText(arg, loc, fn, (s) => s.length, (s) => Buffer.from(s, 'base64').toString('utf8'));
            case 'Fn::Str':
                return this.mapText(arg, loc, fn, (s) => s.length, (s) => s);
            case 'Fn::Cidr':
                return this.cidr(arg, loc);
            case 'Fn::Length':
                return this.length(arg, loc);
            case 'Fn::ToJsonString':
                return this.toJsonString(arg, loc);
            case 'Fn::Replace':
                return this.replace(arg, loc);
            case 'Fn::ListMerge':
                return this.listMerge(arg, loc);
            case 'Fn::Equals':
            case 'Fn::And':
            case 'Fn::Or':
            case 'Fn::Not': {
                const d = this.decide({ t: 'map', entries: new Map([[fn, arg]]), loc });
                return d.known ? { t: 'bool', v: d.value, loc } : unknown(d.reason, loc);
            }
            case 'Fn::ImportValue':
                return unknown('Fn::ImportValue reads an output of another stack', loc);
            case 'Fn::Transform':
                return unknown('Fn::Transform runs a macro at deploy time', loc);
            default:
                return unknown(`${fn} is not evaluated`, loc);
        }
    }
    // ---- references
    ref(arg, loc) {
        const nameValue = this.value(arg);
        const name = nameValue ? textOf(nameValue) : undefined;
        if (name === undefined)
            return unknown('Ref to a name that is not text', loc);
        const pseudo = pseudoParameter(name, this.input.region, loc);
        if (pseudo !== undefined)
            return pseudo;
        const param = this.input.parameters?.entries.get(name);
        if (param)
            return this.parameterValue(name, param, loc);
        const address = this.input.resources.get(name);
        if (address !== undefined)
            return { t: 'ref', ref: { address, attr: ['Ref'] }, loc };
        // Keep the name as a link target: a resource outside the template is still worth naming.
        return unknown(`Ref ${name}: no such parameter or resource in the template`, loc, { address: name, attr: ['Ref'] });
    }
    parameterValue(name, declaration, loc) {
        const decl = declaration.t === 'map' ? declaration.entries : new Map();
        const type = asString(decl.get('Type')) ?? 'String';
        if (/^(AWS::SSM::Parameter::Value|ALIYUN::OOS::Parameter::Value)/.test(type))
            return unknown(`parameter ${name} is read from ${type.startsWith('AWS') ? 'SSM Parameter Store' : 'OOS'} at deploy time`, loc);
        const override = this.input.overrides.get(name);
        let value;
        if (override !== undefined)
            value = Array.isArray(override) ? { t: 'list', items: override.map((s) => ({ t: 'string', v: s, loc })), loc } : { t: 'string', v: override, loc };
        else {
            const def = decl.get('Default');
            if (def)
                value = this.relocate(def, loc);
        }
        if (!value)
            return unknown(`parameter ${name} has no default and no value was given (--parameter ${name}=...)`, loc);
        if (/^(List<|CommaDelimitedList)/.test(type) && value.t !== 'list') {
            const text = textOf(value);
            if (text !== undefined) {
                if (text === '')
                    return { t: 'list', items: [], loc };
                this.budget.items(occurrences(text, ',', this.budget.limits.maxListItems) + 1, `parameter ${name} as a list`, loc);
                return { t: 'list', items: text.split(',').map((s) => ({ t: 'string', v: s.trim(), loc })), loc };
            }
        }
        if (type === 'Json' && value.t === 'string') {
            try {
                return fromPlain(JSON.parse(value.v), loc);
            }
            catch {
                return unknown(`parameter ${name} is not valid JSON`, loc);
            }
        }
        return value;
    }
    getAtt(arg, loc) {
        const a = this.value(arg);
        let resource;
        let attribute;
        if (a?.t === 'list') {
            resource = a.items[0] ? textOf(a.items[0]) : undefined;
            attribute = a.items.slice(1).map((i) => textOf(i) ?? '?').join('.');
        }
        else if (a?.t === 'string') {
            const dot = a.v.indexOf('.');
            resource = dot < 0 ? a.v : a.v.slice(0, dot);
            attribute = dot < 0 ? '' : a.v.slice(dot + 1);
        }
        if (!resource)
            return unknown('Fn::GetAtt names no resource', loc);
        const address = this.input.resources.get(resource);
        const attr = attribute ? attribute.split('.') : [];
        if (address === undefined)
            return unknown(`Fn::GetAtt ${resource}.${attribute ?? ''}: no such resource in the template`, loc, { address: resource, attr });
        return { t: 'ref', ref: { address, attr }, loc };
    }
    // ---- conditions
    fnIf(arg, loc) {
        if (arg.t !== 'list' || arg.items.length !== 3)
            return unknown('Fn::If needs [condition, value if true, value if false]', loc);
        const [condition, whenTrue, whenFalse] = arg.items;
        const name = textOf(condition);
        const decision = name !== undefined ? this.condition(name) : this.decide(condition);
        if (decision.known)
            return this.evaluate(decision.value ? whenTrue : whenFalse);
        const a = this.evaluate(whenTrue);
        const b = this.evaluate(whenFalse);
        if (sameValue(a, b))
            return a;
        const ref = (a !== NO_VALUE && refOf(a)) || (b !== NO_VALUE && refOf(b)) || undefined;
        return unknown(`Fn::If on ${name ?? 'a condition'}: ${decision.reason}`, loc, ref);
    }
    /** The named condition of the template's Conditions section. */
    condition(name) {
        const cached = this.conditionCache.get(name);
        if (cached)
            return cached;
        const body = this.input.conditions?.entries.get(name);
        let d;
        if (!body)
            d = { known: false, reason: `condition ${name} is not defined` };
        else if (this.evaluating.has(name))
            d = { known: false, reason: `condition ${name} refers to itself` };
        else {
            this.evaluating.add(name);
            d = this.decide(body);
            this.evaluating.delete(name);
            if (!d.known && !d.reason.includes(name))
                d = { known: false, reason: `condition ${name}: ${d.reason}` };
        }
        this.conditionCache.set(name, d);
        return d;
    }
    /** A condition expression: Fn::Equals / And / Or / Not, `Condition` references, a literal boolean. */
    decide(expr) {
        this.budget.step(expr.loc);
        return this.budget.nested(expr.loc, () => this.decideNode(expr));
    }
    decideNode(expr) {
        if (expr.t === 'bool')
            return { known: true, value: expr.v };
        if (expr.t === 'string' && /^(true|false)$/i.test(expr.v))
            return { known: true, value: expr.v.toLowerCase() === 'true' };
        if (expr.t === 'map' && expr.entries.size === 1) {
            const [fn, arg] = expr.entries.entries().next().value;
            const args = arg.t === 'list' ? arg.items : [arg];
            switch (fn) {
                case 'Condition': {
                    const name = textOf(arg);
                    return name !== undefined ? this.condition(name) : { known: false, reason: 'a Condition reference that is not a name' };
                }
                case 'Fn::Equals': {
                    if (args.length !== 2)
                        return { known: false, reason: 'Fn::Equals needs two values' };
                    const a = this.evaluate(args[0]);
                    const b = this.evaluate(args[1]);
                    const sides = [a, b];
                    for (const side of sides) {
                        if (side === NO_VALUE)
                            return { known: false, reason: 'Fn::Equals compares AWS::NoValue' };
                        if (side.t === 'unknown')
                            return { known: false, reason: side.reason };
                        if (side.t === 'ref')
                            return { known: false, reason: `${describeRef(side.ref)} is known only after deploy` };
                    }
                    return { known: true, value: sameText(a, b) };
                }
                case 'Fn::Not': {
                    const d = args[0] ? this.decide(args[0]) : { known: false, reason: 'Fn::Not needs a condition' };
                    return d.known ? { known: true, value: !d.value } : d;
                }
                case 'Fn::And':
                case 'Fn::Or': {
                    const isAnd = fn === 'Fn::And';
                    let undecided;
                    for (const item of args) {
                        const d = this.decide(item);
                        // One false decides an And, one true an Or, whatever the others are.
                        if (d.known && d.value !== isAnd)
                            return d;
                        if (!d.known)
                            undecided ??= d;
                    }
                    return undecided ?? { known: true, value: isAnd };
                }
                default: {
                    if (fn === 'Ref' || fn.startsWith('Fn::')) {
                        const v = this.evaluate(expr);
                        if (v !== NO_VALUE && v.t === 'bool')
                            return { known: true, value: v.v };
                        if (v !== NO_VALUE && v.t === 'unknown')
                            return { known: false, reason: v.reason };
                    }
                    return { known: false, reason: `${fn} is not a condition function that can be decided` };
                }
            }
        }
        return { known: false, reason: 'the condition is not a condition expression' };
    }
    // ---- strings and lists
    sub(arg, loc) {
        let template;
        let vars;
        if (arg.t === 'list') {
            template = arg.items[0];
            const v = arg.items[1];
            if (v?.t === 'map')
                vars = v.entries;
        }
        else
            template = arg;
        const text = template && textOf(template);
        if (text === undefined)
            return unknown('Fn::Sub needs a template string', loc);
        // Each variable is evaluated once, however often the template names it: `${a}${a}...` nested a
        // dozen levels must cost the size of its result, not 2^12 evaluations.
        const resolved = new Map();
        const parts = [];
        let length = 0;
        const add = (part) => {
            length += part.length;
            this.budget.length(length, 'Fn::Sub', loc);
            parts.push(part);
        };
        let firstUnknown;
        let last = 0;
        for (let open = text.indexOf('${'); open >= 0; open = text.indexOf('${', last)) {
            const close = text.indexOf('}', open + 2);
            if (close < 0)
                break;
            add(text.slice(last, open));
            last = close + 1;
            const name = text.slice(open + 2, close).trim();
            if (name.startsWith('!')) {
                add('${' + name.slice(1) + '}');
                continue;
            }
            if (!resolved.has(name))
                resolved.set(name, this.subVariable(name, vars, loc));
            const replacement = resolved.get(name);
            const s = replacement ? textOf(replacement) : undefined;
            if (s !== undefined)
                add(s);
            else
                firstUnknown ??= replacement ? notText(replacement, loc, `Fn::Sub \${${name}}`) : unknown(`Fn::Sub \${${name}}: not defined`, loc);
        }
        if (firstUnknown)
            return firstUnknown;
        add(text.slice(last));
        this.budget.text(length, 'Fn::Sub', loc);
        const out = parts.join('');
        this.budget.step(loc, parts.length);
        if (hasDynamicReference(out))
            return unknown(`"${shorten(out)}" is a dynamic reference, resolved at deploy time`, loc);
        return this.text(out, loc);
    }
    subVariable(name, vars, loc) {
        const local = vars?.get(name);
        if (local)
            return this.value(local);
        if (name.includes('.') && !name.includes('::')) {
            const dot = name.indexOf('.');
            return this.getAtt({ t: 'list', items: [{ t: 'string', v: name.slice(0, dot) }, { t: 'string', v: name.slice(dot + 1) }] }, loc);
        }
        const r = this.ref({ t: 'string', v: name }, loc);
        return r === NO_VALUE ? undefined : r;
    }
    join(arg, loc) {
        if (arg.t !== 'list' || arg.items.length !== 2)
            return unknown('Fn::Join needs [delimiter, list]', loc);
        const delimiter = this.value(arg.items[0]);
        const items = this.value(arg.items[1]);
        const d = delimiter ? textOf(delimiter) : undefined;
        if (d === undefined)
            return delimiter ? notText(delimiter, loc, 'Fn::Join delimiter') : unknown('Fn::Join has no delimiter', loc);
        if (!items)
            return { t: 'string', v: '', loc };
        if (items.t !== 'list')
            return notText(items, loc, 'Fn::Join list');
        const parts = [];
        let length = 0;
        for (const item of items.items) {
            const s = textOf(item);
            if (s === undefined)
                return notText(item, loc, 'Fn::Join');
            length += s.length + (parts.length > 0 ? d.length : 0);
            if (length > this.budget.limits.maxStringLength)
                break;
            parts.push(s);
        }
        this.budget.text(length, 'Fn::Join', loc);
        this.budget.step(loc, parts.length);
        return this.text(parts.join(d), loc);
    }
    select(arg, loc) {
        if (arg.t !== 'list' || arg.items.length !== 2)
            return unknown('Fn::Select needs [index, list]', loc);
        const indexValue = this.value(arg.items[0]);
        const items = this.value(arg.items[1]);
        const index = asNumber(indexValue);
        if (index === undefined)
            return unknown(indexValue ? `Fn::Select index: ${indexValue.t === 'unknown' ? indexValue.reason : 'not a number'}` : 'Fn::Select has no index', loc);
        if (!items)
            return unknown('Fn::Select from an empty list', loc);
        if (items.t !== 'list')
            return items.t === 'unknown' ? unknown(items.reason, loc, items.ref) : items.t === 'ref' ? unknown(`Fn::Select from ${describeRef(items.ref)}, known only after deploy`, loc, items.ref) : unknown('Fn::Select from a value that is not a list', loc);
        const item = items.items[index];
        if (!item)
            return unknown(`Fn::Select index ${index} is outside the list of ${items.items.length}`, loc);
        return item.t === 'map' || item.t === 'list' ? item : { ...item, loc };
    }
    split(arg, loc) {
        if (arg.t !== 'list' || arg.items.length !== 2)
            return unknown('Fn::Split needs [delimiter, string]', loc);
        const delimiter = this.value(arg.items[0]);
        const source = this.value(arg.items[1]);
        const d = delimiter ? textOf(delimiter) : undefined;
        const s = source ? textOf(source) : undefined;
        if (d === undefined || d === '')
            return unknown('Fn::Split needs a delimiter', loc);
        if (s === undefined)
            return source ? notText(source, loc, 'Fn::Split') : unknown('Fn::Split has nothing to split', loc);
        this.budget.items(occurrences(s, d, this.budget.limits.maxListItems) + 1, 'Fn::Split', loc);
        return { t: 'list', items: s.split(d).map((part) => ({ t: 'string', v: part, loc })), loc };
    }
    findInMap(arg, loc) {
        if (arg.t !== 'list' || arg.items.length < 3)
            return unknown('Fn::FindInMap needs [map, top-level key, second-level key]', loc);
        const keys = arg.items.slice(0, 3).map((k) => this.value(k));
        const names = [];
        for (const k of keys) {
            const s = k ? textOf(k) : undefined;
            if (s === undefined)
                return k ? notText(k, loc, 'Fn::FindInMap key') : unknown('Fn::FindInMap key is missing', loc);
            names.push(s);
        }
        const [mapName, top, second] = names;
        const found = lookup(lookup(lookup(this.input.mappings, mapName), top), second);
        if (found)
            return this.relocate(found, loc);
        // Fn::FindInMap may carry a DefaultValue (AWS::LanguageExtensions).
        const options = arg.items[3];
        const def = options?.t === 'map' ? options.entries.get('DefaultValue') : undefined;
        if (def)
            return this.value(def) ?? unknown('Fn::FindInMap default is AWS::NoValue', loc);
        return unknown(`Fn::FindInMap: ${mapName}.${top}.${second} is not in the Mappings`, loc);
    }
    /** A string function of one string; `bound` is the length of its result, or more, found without computing it. */
    mapText(arg, loc, fn, bound, f) {
        const v = this.value(arg);
        const s = v ? textOf(v) : undefined;
        if (s === undefined)
            return v ? notText(v, loc, fn) : unknown(`${fn} of nothing`, loc);
        this.budget.text(bound(s), fn, loc);
        return this.text(f(s), loc);
    }
    cidr(arg, loc) {
        if (arg.t !== 'list' || arg.items.length !== 3)
            return unknown('Fn::Cidr needs [ipBlock, count, cidrBits]', loc);
        const [block, count, bits] = arg.items.map((i) => this.value(i));
        const b = block ? textOf(block) : undefined;
        if (b === undefined)
            return block ? notText(block, loc, 'Fn::Cidr') : unknown('Fn::Cidr has no ipBlock', loc);
        const n = asNumber(count);
        const h = asNumber(bits);
        if (n === undefined || h === undefined)
            return unknown('Fn::Cidr count or cidrBits is unknown', loc);
        this.budget.items(n, 'Fn::Cidr', loc);
        const subnets = cidrSubnets(b, n, h);
        if (!Array.isArray(subnets))
            return unknown(`Fn::Cidr: ${subnets.error}`, loc);
        return { t: 'list', items: subnets.map((s) => ({ t: 'string', v: s, loc })), loc };
    }
    length(arg, loc) {
        const v = this.value(arg);
        if (v?.t === 'list')
            return { t: 'number', v: v.items.length, loc };
        return v?.t === 'unknown' ? unknown(v.reason, loc) : unknown('Fn::Length of a value that is not a list', loc);
    }
    toJsonString(arg, loc) {
        const v = this.value(arg);
        if (!v)
            return unknown('Fn::ToJsonString of nothing', loc);
        const unresolved = firstUnresolved(v);
        if (unresolved)
            return notText(unresolved, loc, 'Fn::ToJsonString');
        this.budget.text(this.jsonLengthBound(v, loc), 'Fn::ToJsonString', loc);
        return this.text(JSON.stringify(toPlain(v)), loc);
    }
    /** ROS `Fn::Replace [{old: new, ...}, text]`. */
    replace(arg, loc) {
        if (arg.t !== 'list' || arg.items.length !== 2)
            return unknown('Fn::Replace needs [{old: new}, text]', loc);
        const pairs = this.value(arg.items[0]);
        const text = this.value(arg.items[1]);
        let s = text ? textOf(text) : undefined;
        if (s === undefined)
            return text ? notText(text, loc, 'Fn::Replace') : unknown('Fn::Replace of nothing', loc);
        if (pairs?.t !== 'map')
            return unknown('Fn::Replace needs a map of replacements', loc);
        for (const [from, to] of pairs.entries) {
            const t = textOf(to);
            if (t === undefined)
                return notText(to, loc, 'Fn::Replace');
            if (from === '')
                continue; // an empty key would insert between every character; ROS does not replace it
            const count = occurrences(s, from, this.budget.limits.maxStringLength);
            this.budget.text(s.length + count * (t.length - from.length), 'Fn::Replace', loc);
            s = s.split(from).join(t);
        }
        return this.text(s, loc);
    }
    /** ROS `Fn::ListMerge [[...], [...]]`. */
    listMerge(arg, loc) {
        const v = this.value(arg);
        if (v?.t !== 'list')
            return unknown('Fn::ListMerge needs a list of lists', loc);
        let total = 0;
        for (const part of v.items) {
            if (part.t !== 'list')
                return part.t === 'unknown' ? unknown(part.reason, loc, part.ref) : unknown('Fn::ListMerge of a value that is not a list', loc);
            total += part.items.length;
        }
        this.budget.items(total, 'Fn::ListMerge', loc);
        const items = [];
        for (const part of v.items)
            if (part.t === 'list')
                for (const item of part.items)
                    items.push(item);
        return { t: 'list', items, loc };
    }
    /**
     * An upper bound of the length of `v` as JSON, found without building it,
     * stopping as soon as it passes the longest string allowed (a list that
     * names one long parameter a thousand times is small as a value and huge as text).
     */
    jsonLengthBound(v, loc) {
        const limit = this.budget.limits.maxStringLength;
        let total = 0;
        // Exact for strings (escapes included), generous for separators and scalars.
        const walk = (x) => {
            if (total > limit)
                return;
            this.budget.step(loc);
            switch (x.t) {
                case 'string':
                    total += x.v.length > limit ? x.v.length : JSON.stringify(x.v).length;
                    break;
                case 'list':
                    total += 2 + x.items.length;
                    for (const i of x.items)
                        walk(i);
                    break;
                case 'map':
                    for (const [k, i] of x.entries) {
                        total += 4 + 6 * k.length;
                        walk(i);
                    }
                    total += 2;
                    break;
                default:
                    total += 32;
            }
        };
        walk(v);
        return total;
    }
}
/** A long text cut for a message. */
function shorten(s, max = 200) {
    return s.length > max ? s.slice(0, max) + '…' : s;
}
function lookup(v, key) {
    return v?.t === 'map' ? v.entries.get(key) : undefined;
}
function sameText(a, b) {
    const ta = textOf(a);
    const tb = textOf(b);
    if (ta !== undefined && tb !== undefined)
        return ta === tb;
    return JSON.stringify(toPlain(a)) === JSON.stringify(toPlain(b));
}
function firstUnresolved(v) {
    if (v.t === 'unknown' || v.t === 'ref')
        return v;
    if (v.t === 'list')
        for (const i of v.items) {
            const u = firstUnresolved(i);
            if (u)
                return u;
        }
    if (v.t === 'map')
        for (const i of v.entries.values()) {
            const u = firstUnresolved(i);
            if (u)
                return u;
        }
    return undefined;
}
export { NO_VALUE };
