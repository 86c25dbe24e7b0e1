/**
 * Evaluates the intrinsic functions of one template (CloudFormation or ROS)
 * into plain located values: `Ref` to parameters (given, else default, else
 * unknown) and pseudo parameters, `Fn::If` with decidable conditions,
 * `Fn::FindInMap`, `Fn::Sub` (both forms), `Fn::Join`, `Fn::Select`,
 * `Fn::Split`, `Fn::Base64`, `Fn::Cidr`, `Fn::Length`, `Fn::ToJsonString`
 * and the ROS string functions. A `Ref` or `Fn::GetAtt` to another resource
 * becomes a `ref` value, so the normalizers can link resources whose ids exist
 * only after deploy. Whatever cannot be decided (`Fn::ImportValue`, an
 * undecidable condition, a deploy-time value) is an explicit unknown that says
 * why; nothing is guessed.
 *
 * Evaluated values are located at the place of use (the property), not where a
 * parameter default was written, so findings point at the resource.
 */
import type { SourceLocation } from '../../../model/location.js';
import { asNumber, asString, fromPlain, refOf, toPlain, unknown, type MapValue, type ResourceRef, type Value } from '../../../model/value.js';
import { cidrSubnets } from './cidr-split.js';
import { availabilityZones, NO_VALUE, pseudoParameter, type NoValue } from './pseudo-parameters.js';

export type Dialect = 'cloudformation' | 'ros';

export interface EvaluatorInput {
  dialect: Dialect;
  parameters?: MapValue;
  mappings?: MapValue;
  conditions?: MapValue;
  region?: string;
  /** Parameter values from the command line or a parameter file. */
  overrides: Map<string, string | string[]>;
  /** Logical id → the address its SourceResource gets. */
  resources: Map<string, string>;
}

/** A condition's outcome: decided, or undecidable with the reason. */
export type Decision = { known: true; value: boolean } | { known: false; reason: string };

/** Dynamic references are resolved by CloudFormation at deploy time. */
const DYNAMIC_REFERENCE = /\{\{resolve:[^}]*\}\}/;

function isIntrinsicKey(key: string): boolean {
  return key === 'Ref' || key.startsWith('Fn::');
}

/** A map written as one intrinsic call (`{Ref: x}`, `{"Fn::Join": [...]}`). */
function intrinsicOf(v: Value): { fn: string; arg: Value } | undefined {
  if (v.t !== 'map' || v.entries.size !== 1) return undefined;
  const [fn, arg] = v.entries.entries().next().value as [string, Value];
  return isIntrinsicKey(fn) ? { fn, arg } : undefined;
}

/** A copy of a value tree with every node located at `loc`. */
function relocate(v: Value, loc: SourceLocation | undefined): Value {
  switch (v.t) {
    case 'list':
      return { t: 'list', items: v.items.map((i) => relocate(i, loc)), loc };
    case 'map': {
      const entries = new Map<string, Value>();
      for (const [k, item] of v.entries) entries.set(k, relocate(item, loc));
      return { t: 'map', entries, loc };
    }
    default:
      return { ...v, loc };
  }
}

/** The reason a value is not usable as text, keeping the first resource it refers to. */
function notText(v: Value, loc: SourceLocation | undefined, what: string): Value {
  if (v.t === 'unknown') return unknown(v.reason, loc, v.ref);
  if (v.t === 'ref') return unknown(`${what} uses ${describeRef(v.ref)}, known only after deploy`, loc, v.ref);
  return unknown(`${what}: a ${v.t} is not text`, loc);
}

export function describeRef(ref: ResourceRef): string {
  return ref.attr.length === 0 || ref.attr[0] === 'Ref' ? `the id of ${ref.address}` : `${ref.address}.${ref.attr.join('.')}`;
}

function textOf(v: Value): string | undefined {
  if (v.t === 'string') return v.v;
  if (v.t === 'number' || v.t === 'bool') return String(v.v);
  return undefined;
}

function sameValue(a: Value | NoValue, b: Value | NoValue): boolean {
  if (a === NO_VALUE || b === NO_VALUE) return a === b;
  if (a.t === 'unknown' || a.t === 'ref' || b.t === 'unknown' || b.t === 'ref') return false;
  return JSON.stringify(toPlain(a)) === JSON.stringify(toPlain(b));
}

export class TemplateEvaluator {
  private readonly conditionCache = new Map<string, Decision>();
  private readonly evaluating = new Set<string>();

  constructor(private readonly input: EvaluatorInput) {}

  /** Evaluates a property value; `NO_VALUE` means the property is to be removed. */
  evaluate(v: Value): Value | NoValue {
    const call = intrinsicOf(v);
    if (call) return this.call(call.fn, call.arg, v.loc);
    if (v.t === 'map') {
      const entries = new Map<string, Value>();
      for (const [k, item] of v.entries) {
        const e = this.evaluate(item);
        if (e !== NO_VALUE) entries.set(k, e);
      }
      return { t: 'map', entries, loc: v.loc };
    }
    if (v.t === 'list') {
      const items: Value[] = [];
      for (const item of v.items) {
        const e = this.evaluate(item);
        if (e !== NO_VALUE) items.push(e);
      }
      return { t: 'list', items, loc: v.loc };
    }
    if (v.t === 'string' && DYNAMIC_REFERENCE.test(v.v)) return unknown(`"${v.v}" is a dynamic reference, resolved at deploy time`, v.loc);
    return v;
  }

  /** Evaluates, turning a removed value into an absent one. */
  private value(v: Value): Value | undefined {
    const e = this.evaluate(v);
    return e === NO_VALUE ? undefined : e;
  }

  private call(fn: string, arg: Value, loc: SourceLocation | undefined): Value | NoValue {
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
        return this.mapText(arg, loc, fn, (s) => Buffer.from(s, 'utf8').toString('base64'));
      case 'Fn::Base64Decode':
        return this.mapText(arg, loc, fn, (s) => Buffer.from(s, 'base64').toString('utf8'));
      case 'Fn::Str':
        return this.mapText(arg, loc, fn, (s) => s);
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

  private ref(arg: Value, loc: SourceLocation | undefined): Value | NoValue {
    const nameValue = this.value(arg);
    const name = nameValue ? textOf(nameValue) : undefined;
    if (name === undefined) return unknown('Ref to a name that is not text', loc);
    const pseudo = pseudoParameter(name, this.input.region, loc);
    if (pseudo !== undefined) return pseudo;
    const param = this.input.parameters?.entries.get(name);
    if (param) return this.parameterValue(name, param, loc);
    const address = this.input.resources.get(name);
    if (address !== undefined) return { t: 'ref', ref: { address, attr: ['Ref'] }, loc };
    // Keep the name as a link target: a resource outside the template is still worth naming.
    return unknown(`Ref ${name}: no such parameter or resource in the template`, loc, { address: name, attr: ['Ref'] });
  }

  private parameterValue(name: string, declaration: Value, loc: SourceLocation | undefined): Value {
    const decl = declaration.t === 'map' ? declaration.entries : new Map<string, Value>();
    const type = asString(decl.get('Type')) ?? 'String';
    if (/^(AWS::SSM::Parameter::Value|ALIYUN::OOS::Parameter::Value)/.test(type))
      return unknown(`parameter ${name} is read from ${type.startsWith('AWS') ? 'SSM Parameter Store' : 'OOS'} at deploy time`, loc);
    const override = this.input.overrides.get(name);
    let value: Value | undefined;
    if (override !== undefined) value = Array.isArray(override) ? { t: 'list', items: override.map((s) => ({ t: 'string', v: s, loc })), loc } : { t: 'string', v: override, loc };
    else {
      const def = decl.get('Default');
      if (def) value = relocate(def, loc);
    }
    if (!value) return unknown(`parameter ${name} has no default and no value was given (--parameter ${name}=...)`, loc);
    if (/^(List<|CommaDelimitedList)/.test(type) && value.t !== 'list') {
      const text = textOf(value);
      if (text !== undefined) return { t: 'list', items: text === '' ? [] : text.split(',').map((s) => ({ t: 'string', v: s.trim(), loc })), loc };
    }
    if (type === 'Json' && value.t === 'string') {
      try {
        return fromPlain(JSON.parse(value.v), loc);
      } catch {
        return unknown(`parameter ${name} is not valid JSON`, loc);
      }
    }
    return value;
  }

  private getAtt(arg: Value, loc: SourceLocation | undefined): Value {
    const a = this.value(arg);
    let resource: string | undefined;
    let attribute: string | undefined;
    if (a?.t === 'list') {
      resource = a.items[0] ? textOf(a.items[0]) : undefined;
      attribute = a.items.slice(1).map((i) => textOf(i) ?? '?').join('.');
    } else if (a?.t === 'string') {
      const dot = a.v.indexOf('.');
      resource = dot < 0 ? a.v : a.v.slice(0, dot);
      attribute = dot < 0 ? '' : a.v.slice(dot + 1);
    }
    if (!resource) return unknown('Fn::GetAtt names no resource', loc);
    const address = this.input.resources.get(resource);
    const attr = attribute ? attribute.split('.') : [];
    if (address === undefined) return unknown(`Fn::GetAtt ${resource}.${attribute ?? ''}: no such resource in the template`, loc, { address: resource, attr });
    return { t: 'ref', ref: { address, attr }, loc };
  }

  // ---- conditions

  private fnIf(arg: Value, loc: SourceLocation | undefined): Value | NoValue {
    if (arg.t !== 'list' || arg.items.length !== 3) return unknown('Fn::If needs [condition, value if true, value if false]', loc);
    const [condition, whenTrue, whenFalse] = arg.items as [Value, Value, Value];
    const name = textOf(condition);
    const decision = name !== undefined ? this.condition(name) : this.decide(condition);
    if (decision.known) return this.evaluate(decision.value ? whenTrue : whenFalse);
    const a = this.evaluate(whenTrue);
    const b = this.evaluate(whenFalse);
    if (sameValue(a, b)) return a;
    const ref = (a !== NO_VALUE && refOf(a)) || (b !== NO_VALUE && refOf(b)) || undefined;
    return unknown(`Fn::If on ${name ?? 'a condition'}: ${decision.reason}`, loc, ref);
  }

  /** The named condition of the template's Conditions section. */
  condition(name: string): Decision {
    const cached = this.conditionCache.get(name);
    if (cached) return cached;
    const body = this.input.conditions?.entries.get(name);
    let d: Decision;
    if (!body) d = { known: false, reason: `condition ${name} is not defined` };
    else if (this.evaluating.has(name)) d = { known: false, reason: `condition ${name} refers to itself` };
    else {
      this.evaluating.add(name);
      d = this.decide(body);
      this.evaluating.delete(name);
      if (!d.known && !d.reason.includes(name)) d = { known: false, reason: `condition ${name}: ${d.reason}` };
    }
    this.conditionCache.set(name, d);
    return d;
  }

  /** A condition expression: Fn::Equals / And / Or / Not, `Condition` references, a literal boolean. */
  decide(expr: Value): Decision {
    if (expr.t === 'bool') return { known: true, value: expr.v };
    if (expr.t === 'string' && /^(true|false)$/i.test(expr.v)) return { known: true, value: expr.v.toLowerCase() === 'true' };
    if (expr.t === 'map' && expr.entries.size === 1) {
      const [fn, arg] = expr.entries.entries().next().value as [string, Value];
      const args = arg.t === 'list' ? arg.items : [arg];
      switch (fn) {
        case 'Condition': {
          const name = textOf(arg);
          return name !== undefined ? this.condition(name) : { known: false, reason: 'a Condition reference that is not a name' };
        }
        case 'Fn::Equals': {
          if (args.length !== 2) return { known: false, reason: 'Fn::Equals needs two values' };
          const a = this.evaluate(args[0]!);
          const b = this.evaluate(args[1]!);
          const sides: Array<Value | NoValue> = [a, b];
          for (const side of sides) {
            if (side === NO_VALUE) return { known: false, reason: 'Fn::Equals compares AWS::NoValue' };
            if (side.t === 'unknown') return { known: false, reason: side.reason };
            if (side.t === 'ref') return { known: false, reason: `${describeRef(side.ref)} is known only after deploy` };
          }
          return { known: true, value: sameText(a as Value, b as Value) };
        }
        case 'Fn::Not': {
          const d = args[0] ? this.decide(args[0]) : { known: false as const, reason: 'Fn::Not needs a condition' };
          return d.known ? { known: true, value: !d.value } : d;
        }
        case 'Fn::And':
        case 'Fn::Or': {
          const isAnd = fn === 'Fn::And';
          let undecided: Decision | undefined;
          for (const item of args) {
            const d = this.decide(item);
            // One false decides an And, one true an Or, whatever the others are.
            if (d.known && d.value !== isAnd) return d;
            if (!d.known) undecided ??= d;
          }
          return undecided ?? { known: true, value: isAnd };
        }
        default: {
          if (fn === 'Ref' || fn.startsWith('Fn::')) {
            const v = this.evaluate(expr);
            if (v !== NO_VALUE && v.t === 'bool') return { known: true, value: v.v };
            if (v !== NO_VALUE && v.t === 'unknown') return { known: false, reason: v.reason };
          }
          return { known: false, reason: `${fn} is not a condition function that can be decided` };
        }
      }
    }
    return { known: false, reason: 'the condition is not a condition expression' };
  }

  // ---- strings and lists

  private sub(arg: Value, loc: SourceLocation | undefined): Value {
    let template: Value | undefined;
    let vars: Map<string, Value> | undefined;
    if (arg.t === 'list') {
      template = arg.items[0];
      const v = arg.items[1];
      if (v?.t === 'map') vars = v.entries;
    } else template = arg;
    const text = template && textOf(template);
    if (text === undefined) return unknown('Fn::Sub needs a template string', loc);
    let out = '';
    let last = 0;
    let firstUnknown: Value | undefined;
    const pattern = /\$\{([^}]*)\}/g;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      out += text.slice(last, m.index);
      last = m.index + m[0].length;
      const name = m[1]!.trim();
      if (name.startsWith('!')) {
        out += '${' + name.slice(1) + '}';
        continue;
      }
      const replacement = this.subVariable(name, vars, loc);
      const s = replacement ? textOf(replacement) : undefined;
      if (s !== undefined) out += s;
      else firstUnknown ??= replacement ? notText(replacement, loc, `Fn::Sub \${${name}}`) : unknown(`Fn::Sub \${${name}}: not defined`, loc);
    }
    if (firstUnknown) return firstUnknown;
    out += text.slice(last);
    if (DYNAMIC_REFERENCE.test(out)) return unknown(`"${out}" is a dynamic reference, resolved at deploy time`, loc);
    return { t: 'string', v: out, loc };
  }

  private subVariable(name: string, vars: Map<string, Value> | undefined, loc: SourceLocation | undefined): Value | undefined {
    const local = vars?.get(name);
    if (local) return this.value(local);
    if (name.includes('.') && !name.includes('::')) {
      const dot = name.indexOf('.');
      return this.getAtt({ t: 'list', items: [{ t: 'string', v: name.slice(0, dot) }, { t: 'string', v: name.slice(dot + 1) }] }, loc);
    }
    const r = this.ref({ t: 'string', v: name }, loc);
    return r === NO_VALUE ? undefined : r;
  }

  private join(arg: Value, loc: SourceLocation | undefined): Value {
    if (arg.t !== 'list' || arg.items.length !== 2) return unknown('Fn::Join needs [delimiter, list]', loc);
    const delimiter = this.value(arg.items[0]!);
    const items = this.value(arg.items[1]!);
    const d = delimiter ? textOf(delimiter) : undefined;
    if (d === undefined) return delimiter ? notText(delimiter, loc, 'Fn::Join delimiter') : unknown('Fn::Join has no delimiter', loc);
    if (!items) return { t: 'string', v: '', loc };
    if (items.t !== 'list') return notText(items, loc, 'Fn::Join list');
    const parts: string[] = [];
    for (const item of items.items) {
      const s = textOf(item);
      if (s === undefined) return notText(item, loc, 'Fn::Join');
      parts.push(s);
    }
    return { t: 'string', v: parts.join(d), loc };
  }

  private select(arg: Value, loc: SourceLocation | undefined): Value {
    if (arg.t !== 'list' || arg.items.length !== 2) return unknown('Fn::Select needs [index, list]', loc);
    const indexValue = this.value(arg.items[0]!);
    const items = this.value(arg.items[1]!);
    const index = asNumber(indexValue);
    if (index === undefined) return unknown(indexValue ? `Fn::Select index: ${indexValue.t === 'unknown' ? indexValue.reason : 'not a number'}` : 'Fn::Select has no index', loc);
    if (!items) return unknown('Fn::Select from an empty list', loc);
    if (items.t !== 'list') return items.t === 'unknown' ? unknown(items.reason, loc, items.ref) : items.t === 'ref' ? unknown(`Fn::Select from ${describeRef(items.ref)}, known only after deploy`, loc, items.ref) : unknown('Fn::Select from a value that is not a list', loc);
    const item = items.items[index];
    if (!item) return unknown(`Fn::Select index ${index} is outside the list of ${items.items.length}`, loc);
    return item.t === 'map' || item.t === 'list' ? item : { ...item, loc };
  }

  private split(arg: Value, loc: SourceLocation | undefined): Value {
    if (arg.t !== 'list' || arg.items.length !== 2) return unknown('Fn::Split needs [delimiter, string]', loc);
    const delimiter = this.value(arg.items[0]!);
    const source = this.value(arg.items[1]!);
    const d = delimiter ? textOf(delimiter) : undefined;
    const s = source ? textOf(source) : undefined;
    if (d === undefined || d === '') return unknown('Fn::Split needs a delimiter', loc);
    if (s === undefined) return source ? notText(source, loc, 'Fn::Split') : unknown('Fn::Split has nothing to split', loc);
    return { t: 'list', items: s.split(d).map((part) => ({ t: 'string', v: part, loc })), loc };
  }

  private findInMap(arg: Value, loc: SourceLocation | undefined): Value {
    if (arg.t !== 'list' || arg.items.length < 3) return unknown('Fn::FindInMap needs [map, top-level key, second-level key]', loc);
    const keys = arg.items.slice(0, 3).map((k) => this.value(k));
    const names: string[] = [];
    for (const k of keys) {
      const s = k ? textOf(k) : undefined;
      if (s === undefined) return k ? notText(k, loc, 'Fn::FindInMap key') : unknown('Fn::FindInMap key is missing', loc);
      names.push(s);
    }
    const [mapName, top, second] = names as [string, string, string];
    const found = lookup(lookup(lookup(this.input.mappings, mapName), top), second);
    if (found) return relocate(found, loc);
    // Fn::FindInMap may carry a DefaultValue (AWS::LanguageExtensions).
    const options = arg.items[3];
    const def = options?.t === 'map' ? options.entries.get('DefaultValue') : undefined;
    if (def) return this.value(def) ?? unknown('Fn::FindInMap default is AWS::NoValue', loc);
    return unknown(`Fn::FindInMap: ${mapName}.${top}.${second} is not in the Mappings`, loc);
  }

  private mapText(arg: Value, loc: SourceLocation | undefined, fn: string, f: (s: string) => string): Value {
    const v = this.value(arg);
    const s = v ? textOf(v) : undefined;
    if (s === undefined) return v ? notText(v, loc, fn) : unknown(`${fn} of nothing`, loc);
    return { t: 'string', v: f(s), loc };
  }

  private cidr(arg: Value, loc: SourceLocation | undefined): Value {
    if (arg.t !== 'list' || arg.items.length !== 3) return unknown('Fn::Cidr needs [ipBlock, count, cidrBits]', loc);
    const [block, count, bits] = arg.items.map((i) => this.value(i));
    const b = block ? textOf(block) : undefined;
    if (b === undefined) return block ? notText(block, loc, 'Fn::Cidr') : unknown('Fn::Cidr has no ipBlock', loc);
    const n = asNumber(count);
    const h = asNumber(bits);
    if (n === undefined || h === undefined) return unknown('Fn::Cidr count or cidrBits is unknown', loc);
    const subnets = cidrSubnets(b, n, h);
    if (!Array.isArray(subnets)) return unknown(`Fn::Cidr: ${subnets.error}`, loc);
    return { t: 'list', items: subnets.map((s) => ({ t: 'string', v: s, loc })), loc };
  }

  private length(arg: Value, loc: SourceLocation | undefined): Value {
    const v = this.value(arg);
    if (v?.t === 'list') return { t: 'number', v: v.items.length, loc };
    return v?.t === 'unknown' ? unknown(v.reason, loc) : unknown('Fn::Length of a value that is not a list', loc);
  }

  private toJsonString(arg: Value, loc: SourceLocation | undefined): Value {
    const v = this.value(arg);
    if (!v) return unknown('Fn::ToJsonString of nothing', loc);
    const unresolved = firstUnresolved(v);
    if (unresolved) return notText(unresolved, loc, 'Fn::ToJsonString');
    return { t: 'string', v: JSON.stringify(toPlain(v)), loc };
  }

  /** ROS `Fn::Replace [{old: new, ...}, text]`. */
  private replace(arg: Value, loc: SourceLocation | undefined): Value {
    if (arg.t !== 'list' || arg.items.length !== 2) return unknown('Fn::Replace needs [{old: new}, text]', loc);
    const pairs = this.value(arg.items[0]!);
    const text = this.value(arg.items[1]!);
    let s = text ? textOf(text) : undefined;
    if (s === undefined) return text ? notText(text, loc, 'Fn::Replace') : unknown('Fn::Replace of nothing', loc);
    if (pairs?.t !== 'map') return unknown('Fn::Replace needs a map of replacements', loc);
    for (const [from, to] of pairs.entries) {
      const t = textOf(to);
      if (t === undefined) return notText(to, loc, 'Fn::Replace');
      s = s.split(from).join(t);
    }
    return { t: 'string', v: s, loc };
  }

  /** ROS `Fn::ListMerge [[...], [...]]`. */
  private listMerge(arg: Value, loc: SourceLocation | undefined): Value {
    const v = this.value(arg);
    if (v?.t !== 'list') return unknown('Fn::ListMerge needs a list of lists', loc);
    const items: Value[] = [];
    for (const part of v.items) {
      if (part.t !== 'list') return part.t === 'unknown' ? unknown(part.reason, loc, part.ref) : unknown('Fn::ListMerge of a value that is not a list', loc);
      items.push(...part.items);
    }
    return { t: 'list', items, loc };
  }
}

function lookup(v: Value | undefined, key: string): Value | undefined {
  return v?.t === 'map' ? v.entries.get(key) : undefined;
}

function sameText(a: Value, b: Value): boolean {
  const ta = textOf(a);
  const tb = textOf(b);
  if (ta !== undefined && tb !== undefined) return ta === tb;
  return JSON.stringify(toPlain(a)) === JSON.stringify(toPlain(b));
}

function firstUnresolved(v: Value): Value | undefined {
  if (v.t === 'unknown' || v.t === 'ref') return v;
  if (v.t === 'list') for (const i of v.items) {
    const u = firstUnresolved(i);
    if (u) return u;
  }
  if (v.t === 'map') for (const i of v.entries.values()) {
    const u = firstUnresolved(i);
    if (u) return u;
  }
  return undefined;
}

export { NO_VALUE };
export type { NoValue };
