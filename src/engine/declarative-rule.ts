/**
 * Declarative rules: simple attribute conditions written in YAML, no code.
 * A rule targets either model records (`resourceKinds`, format-neutral) or the
 * evaluated attributes of source resources (`sourceTypes`, e.g. aws_db_instance).
 * Conditions are three-valued: an attribute whose value is unknown makes the
 * rule report "could not be decided" instead of passing silently.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { Category, Severity } from '../findings/finding.js';
import type { SourceLocation } from '../model/location.js';
import type { ModelKind, ModelResource } from '../model/resources.js';
import type { SourceResource } from '../model/source-resource.js';
import { getPath, toPlain, containsUnknown, type Value } from '../model/value.js';
import { ruleMetadataProblems } from './rule-validation.js';
import type { RuleResult } from './rule.js';

export interface ConfigError {
  file: string;
  line?: number;
  message: string;
}

type Leaf = {
  attribute: string;
  equals?: unknown;
  notEquals?: unknown;
  in?: unknown[];
  notIn?: unknown[];
  exists?: boolean;
  matches?: string;
  contains?: unknown;
  greaterThan?: number;
  lessThan?: number;
};
export type Condition = Leaf | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export interface DeclarativeRule {
  id: string;
  slug: string;
  title: string;
  severity: Severity;
  category: Category;
  description: string;
  remediation: string;
  references: string[];
  frameworks: string[];
  resourceKinds: ModelKind[];
  sourceTypes: string[];
  message: string;
  when: Condition;
  /** Where the rule was defined, for error messages. */
  file: string;
}

/** What one attribute lookup found. */
type Lookup =
  | { state: 'absent' }
  | { state: 'unknown'; reason: string }
  | { state: 'value'; value: unknown; loc?: SourceLocation };

type Verdict = { outcome: true; loc?: SourceLocation; attribute: string; value: unknown } | { outcome: false } | { outcome: 'unknown'; reason: string; loc?: SourceLocation };

const OPERATORS = ['equals', 'notEquals', 'in', 'notIn', 'exists', 'matches', 'contains', 'greaterThan', 'lessThan'] as const;
const MODEL_KINDS: ModelKind[] = ['network', 'subnet', 'route-table', 'gateway', 'network-acl', 'security-group', 'datastore', 'compute', 'bucket', 'account-public-access-block', 'data-flow', 'snapshot'];

/** Parses one YAML rule file (a single rule, or a list of rules); errors carry file:line. */
export function parseDeclarativeRules(source: string, file: string): { rules: DeclarativeRule[]; errors: ConfigError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    return { rules: [], errors: [{ file, line: e.linePos?.[0]?.line, message: `not valid YAML: ${e.message.split('\n')[0]}` }] };
  }
  let plain: unknown;
  try {
    // The alias bound keeps a "billion laughs" file from expanding without limit.
    plain = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { rules: [], errors: [{ file, message: `could not be read: ${(e as Error).message}` }] };
  }
  const root = doc.contents;
  const nodes = isSeq(root) ? root.items : [root];
  const plainItems = (Array.isArray(plain) ? plain : [plain]) as unknown[];
  const rules: DeclarativeRule[] = [];
  const errors: ConfigError[] = [];
  for (const [index, node] of nodes.entries()) {
    if (!isMap(node)) {
      errors.push({ file, line: lineOf(node as Node), message: 'expected a rule (a mapping with id, title, severity, ...)' });
      continue;
    }
    const raw = plainItems[index] as Record<string, unknown>;
    const line = lineOf(node as Node);
    const problems = [...ruleMetadataProblems(raw), ...shapeProblems(raw)];
    if (problems.length > 0) {
      for (const p of problems) errors.push({ file, line, message: `rule ${String(raw.id ?? '(no id)')}: ${p}` });
      continue;
    }
    rules.push({
      id: raw.id as string,
      slug: typeof raw.slug === 'string' ? raw.slug : (raw.id as string).toLowerCase(),
      title: raw.title as string,
      severity: raw.severity as Severity,
      category: raw.category as Category,
      description: raw.description as string,
      remediation: raw.remediation as string,
      references: (raw.references as string[] | undefined) ?? [],
      frameworks: (raw.frameworks as string[] | undefined) ?? [],
      resourceKinds: (raw.resourceKinds as ModelKind[] | undefined) ?? [],
      sourceTypes: (raw.sourceTypes as string[] | undefined) ?? [],
      message: typeof raw.message === 'string' ? raw.message : (raw.title as string),
      when: raw.when as Condition,
      file,
    });
  }
  return { rules, errors };
}

function shapeProblems(raw: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const kinds = raw.resourceKinds;
  const types = raw.sourceTypes;
  if (kinds === undefined && types === undefined) problems.push("needs 'resourceKinds' (model records) or 'sourceTypes' (e.g. [aws_db_instance])");
  if (kinds !== undefined && (!Array.isArray(kinds) || kinds.some((k) => !MODEL_KINDS.includes(k as ModelKind))))
    problems.push(`'resourceKinds' must be a list of ${MODEL_KINDS.join(', ')}`);
  if (types !== undefined && (!Array.isArray(types) || types.some((t) => typeof t !== 'string'))) problems.push("'sourceTypes' must be a list of type names");
  for (const key of ['references', 'frameworks'] as const)
    if (raw[key] !== undefined && (!Array.isArray(raw[key]) || (raw[key] as unknown[]).some((x) => typeof x !== 'string')))
      problems.push(`'${key}' must be a list of strings`);
  if (raw.when === undefined) problems.push("needs a 'when' condition");
  else problems.push(...conditionProblems(raw.when, 'when'));
  return problems;
}

function conditionProblems(c: unknown, where: string): string[] {
  if (typeof c !== 'object' || c === null || Array.isArray(c)) return [`'${where}' must be a mapping`];
  const obj = c as Record<string, unknown>;
  if ('all' in obj || 'any' in obj) {
    const list = (obj.all ?? obj.any) as unknown;
    if (!Array.isArray(list) || list.length === 0) return [`'${where}.${'all' in obj ? 'all' : 'any'}' must be a non-empty list`];
    return list.flatMap((item, i) => conditionProblems(item, `${where}[${i}]`));
  }
  if ('not' in obj) return conditionProblems(obj.not, `${where}.not`);
  if (typeof obj.attribute !== 'string') return [`'${where}' needs 'attribute' (a dotted path), or all/any/not`];
  const ops = OPERATORS.filter((op) => op in obj);
  if (ops.length !== 1) return [`'${where}' needs exactly one of ${OPERATORS.join(', ')}`];
  const unknownKeys = Object.keys(obj).filter((k) => k !== 'attribute' && !OPERATORS.includes(k as never));
  if (unknownKeys.length > 0) return [`'${where}' has unknown key(s) ${unknownKeys.join(', ')}`];
  if ((ops[0] === 'in' || ops[0] === 'notIn') && !Array.isArray(obj[ops[0]])) return [`'${where}.${ops[0]}' must be a list`];
  if (ops[0] === 'matches') {
    try {
      new RegExp(obj.matches as string);
    } catch {
      return [`'${where}.matches' is not a valid regular expression`];
    }
  }
  return [];
}

// ---- evaluation ----

function lookupSource(r: SourceResource, path: string): Lookup {
  const v: Value | undefined = getPath(r.attrs, ...path.split('.'));
  if (!v || v.t === 'null') return { state: 'absent' };
  if (v.t === 'unknown') return { state: 'unknown', reason: v.reason };
  if (v.t === 'ref') return { state: 'unknown', reason: `${v.ref.address}.${v.ref.attr.join('.')} is known only after apply` };
  if (containsUnknown(v)) return { state: 'unknown', reason: `part of ${path} is unknown` };
  return { state: 'value', value: toPlain(v), loc: v.loc };
}

/** Model records hold Fact objects; a lookup unwraps them. */
function lookupModel(r: ModelResource, path: string): Lookup {
  let cur: unknown = r;
  let loc: SourceLocation | undefined;
  for (const key of path.split('.')) {
    cur = unwrapFact(cur);
    if (isUnknownFact(cur)) return { state: 'unknown', reason: cur.reason };
    if (cur === null || typeof cur !== 'object') return { state: 'absent' };
    cur = (cur as Record<string, unknown>)[key];
    if (isKnownFact(cur)) loc = cur.loc ?? loc;
  }
  cur = unwrapFact(cur);
  if (isUnknownFact(cur)) return { state: 'unknown', reason: cur.reason };
  if (cur === undefined || cur === null) return { state: 'absent' };
  return { state: 'value', value: cur, loc };
}

const isKnownFact = (x: unknown): x is { known: true; value: unknown; loc?: SourceLocation } =>
  typeof x === 'object' && x !== null && (x as { known?: unknown }).known === true && 'value' in x;
const isUnknownFact = (x: unknown): x is { known: false; reason: string } =>
  typeof x === 'object' && x !== null && (x as { known?: unknown }).known === false;
const unwrapFact = (x: unknown): unknown => (isKnownFact(x) ? x.value : x);

function evaluate(c: Condition, lookup: (path: string) => Lookup): Verdict {
  if ('all' in c) {
    let pending: Verdict | undefined;
    let last: Verdict = { outcome: false };
    for (const sub of c.all) {
      const v = evaluate(sub, lookup);
      if (v.outcome === false) return v;
      if (v.outcome === 'unknown') pending ??= v;
      else last = v;
    }
    return pending ?? last;
  }
  if ('any' in c) {
    let pending: Verdict | undefined;
    for (const sub of c.any) {
      const v = evaluate(sub, lookup);
      if (v.outcome === true) return v;
      if (v.outcome === 'unknown') pending ??= v;
    }
    return pending ?? { outcome: false };
  }
  if ('not' in c) {
    const v = evaluate(c.not, lookup);
    if (v.outcome === 'unknown') return v;
    return v.outcome ? { outcome: false } : { outcome: true, attribute: '', value: undefined };
  }
  const found = lookup(c.attribute);
  if (found.state === 'unknown') return { outcome: 'unknown', reason: `${c.attribute}: ${found.reason}` };
  const holds = leafHolds(c, found);
  return holds ? { outcome: true, loc: found.state === 'value' ? found.loc : undefined, attribute: c.attribute, value: found.state === 'value' ? found.value : undefined } : { outcome: false };
}

function leafHolds(c: Leaf, found: Lookup): boolean {
  const present = found.state === 'value';
  const value = present ? found.value : undefined;
  if ('exists' in c) return present === c.exists;
  if ('notEquals' in c) return !looselyEqual(value, c.notEquals);
  if ('notIn' in c) return !(c.notIn ?? []).some((x) => looselyEqual(value, x));
  if (!present) return false;
  if ('equals' in c) return looselyEqual(value, c.equals);
  if ('in' in c) return (c.in ?? []).some((x) => looselyEqual(value, x));
  if ('matches' in c) return typeof value === 'string' && new RegExp(c.matches!).test(value);
  if ('contains' in c) return Array.isArray(value) ? value.some((x) => looselyEqual(x, c.contains)) : typeof value === 'string' && value.includes(String(c.contains));
  if ('greaterThan' in c) return Number(value) > c.greaterThan!;
  if ('lessThan' in c) return Number(value) < c.lessThan!;
  return false;
}

/** Terraform writes numbers and booleans as strings often enough that "3306" must equal 3306. */
function looselyEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return String(a) === String(b);
}

function render(template: string, address: string, attribute: string, value: unknown): string {
  return template
    .replaceAll('{address}', address)
    .replaceAll('{attribute}', attribute)
    .replaceAll('{value}', value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));
}

function resultOf(rule: DeclarativeRule, verdict: Verdict, address: string): RuleResult[] {
  if (verdict.outcome === false) return [];
  if (verdict.outcome === 'unknown')
    return [{ message: `Could not be decided for ${address}: ${verdict.reason}`, severity: 'info', key: 'undecided', missing: [verdict.reason] }];
  return [{ message: render(rule.message, address, verdict.attribute, verdict.value), ...(verdict.loc ? { location: verdict.loc } : {}) }];
}

export function checkModelRecord(rule: DeclarativeRule, r: ModelResource): RuleResult[] {
  return resultOf(rule, evaluate(rule.when, (p) => lookupModel(r, p)), r.id);
}

export function checkSourceResource(rule: DeclarativeRule, r: SourceResource): RuleResult[] {
  return resultOf(rule, evaluate(rule.when, (p) => lookupSource(r, p)), r.address);
}
