/**
 * The `configuration` section of a plan: which configuration block a resource
 * instance comes from, and what its expressions reference. A plan knows many
 * ids only after apply; the references say which resource they will come from
 * (`vpc_security_group_ids = [aws_security_group.db.id]`), so links survive.
 * References are followed through module inputs (`var.x` → the caller's
 * argument) and outputs (`module.m.out` → the output's expression), and
 * qualified with the module instance of the resource that makes them.
 */
import type { ResourceRef, Value } from '../../model/value.js';
import { items, member, path, text } from './json-tree.js';

/** Where a resource's configuration lives, and how to reach its callers. */
export interface ModuleScope {
  /** The configuration module (`root_module`, or a `module_calls.x.module`). */
  module: Value | undefined;
  /** The instance address prefix of resources in it (`""`, `"module.a[0]."`). */
  prefix: string;
  parent?: ModuleScope;
  /** The module call (`module_calls.x`) in the parent that created this scope. */
  call?: Value;
}

const MAX_DEPTH = 12;

/** Splits `module.a[0].module.b["x"]` into its calls, keeping instance keys. */
export function moduleSegments(moduleAddress: string): Array<{ name: string; key: string }> {
  const out: Array<{ name: string; key: string }> = [];
  for (const m of moduleAddress.matchAll(/module\.([^.[\]]+)(\[[^\]]*\])?/g)) out.push({ name: m[1]!, key: m[2] ?? '' });
  return out;
}

export function scopeOf(root: Value | undefined, moduleAddress: string): ModuleScope {
  let scope: ModuleScope = { module: root, prefix: '' };
  for (const seg of moduleSegments(moduleAddress)) {
    const call = path(scope.module, 'module_calls', seg.name);
    scope = { module: member(call, 'module'), prefix: `${scope.prefix}module.${seg.name}${seg.key}.`, parent: scope, call };
  }
  return scope;
}

/** The configuration block of a resource (matched by mode, type and name). */
export function configResource(scope: ModuleScope, mode: string, type: string, name: string): Value | undefined {
  return items(member(scope.module, 'resources')).find(
    (r) => (text(member(r, 'mode')) ?? 'managed') === mode && text(member(r, 'type')) === type && text(member(r, 'name')) === name,
  );
}

/** Is this node an expression (`{constant_value}` / `{references}`) rather than a nested block of expressions? */
export function isExpression(v: Value | undefined): boolean {
  return v?.t === 'map' && (v.entries.has('references') || v.entries.has('constant_value'));
}

const REFERENCE = /^(data\.)?([A-Za-z][\w-]*)\.([A-Za-z_][\w-]*)(\[[^\]]*\])?(?:\.(.+))?$/;
const NOT_RESOURCES = new Set(['local', 'each', 'count', 'path', 'terraform', 'self']);

export class ReferenceResolver {
  /**
   * @param instanceKeyOf the first instance key the plan has for a module call
   * under a prefix (`module.m` → `[0]`), for outputs of counted modules.
   */
  constructor(private readonly instanceKeyOf: (modulePrefix: string) => string) {}

  /** Resource targets of an expression's references, in order, one per resource. */
  targets(expression: Value | undefined, scope: ModuleScope, depth = 0): ResourceRef[] {
    const out: ResourceRef[] = [];
    const seen = new Map<string, ResourceRef>();
    for (const ref of items(member(expression, 'references'))) {
      const s = text(ref);
      if (s === undefined) continue;
      for (const t of this.resolve(s, scope, depth)) {
        const prior = seen.get(t.address);
        if (!prior) {
          seen.set(t.address, t);
          out.push(t);
        } else if (prior.attr.length === 0 && t.attr.length > 0) prior.attr = t.attr;
      }
    }
    return out;
  }

  private resolve(reference: string, scope: ModuleScope, depth: number): ResourceRef[] {
    if (depth > MAX_DEPTH) return [];
    const head = reference.split('.')[0]!;
    if (NOT_RESOURCES.has(head)) return [];
    if (head === 'var') {
      // A module input: follow the caller's argument in the caller's scope.
      const name = reference.split('.')[1];
      if (!name || !scope.parent || !scope.call) return [];
      return this.targets(path(scope.call, 'expressions', name), scope.parent, depth + 1);
    }
    if (head === 'module') {
      const [, call, output] = reference.split('.');
      const name = call?.replace(/\[.*$/, '');
      if (!name || !output) return [];
      const callNode = path(scope.module, 'module_calls', name);
      const key = /\[.*\]$/.exec(call ?? '')?.[0] ?? this.instanceKeyOf(`${scope.prefix}module.${name}`);
      const child: ModuleScope = { module: member(callNode, 'module'), prefix: `${scope.prefix}module.${name}${key}.`, parent: scope, call: callNode };
      return this.targets(path(callNode, 'module', 'outputs', output.replace(/\[.*$/, ''), 'expression'), child, depth + 1);
    }
    const m = REFERENCE.exec(reference);
    if (!m) return [];
    const [, data, type, name, key, rest] = m;
    return [{ address: `${scope.prefix}${data ?? ''}${type}.${name}${key ?? ''}`, attr: rest ? rest.split('.') : [] }];
  }
}

