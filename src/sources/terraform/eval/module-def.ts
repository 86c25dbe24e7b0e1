/**
 * The static shape of one Terraform module (a folder of .tf files): its
 * variables, locals, outputs, resources, data sources, module calls and
 * provider blocks, indexed once per folder and shared by every caller that
 * evaluates it. Nothing here is evaluated.
 */
import type { SourceLocation } from '../../../model/location.js';
import type { Attribute, Block, Body, Expr, HclFile } from '../hcl/ast.js';
import { EvalError, type Problems } from './errors.js';
import { locOf } from './scope.js';
import { parseTypeConstraint, type TypeConstraint } from './types.js';

/** Something declared in a file: its syntax and the file (relative to the working directory) it is in. */
interface Declared {
  file: string;
  loc: SourceLocation;
}

export interface VariableDecl extends Declared {
  name: string;
  defaultAttr?: Attribute;
  type?: TypeConstraint;
  typeLoc?: SourceLocation;
  nullable: boolean;
}

export interface LocalDecl extends Declared {
  name: string;
  attr: Attribute;
}

export interface OutputDecl extends Declared {
  name: string;
  valueAttr?: Attribute;
}

export interface ResourceDecl extends Declared {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  block: Block;
  /** `type.name` or `data.type.name`, without module prefix or instance key. */
  localAddress: string;
  count?: Attribute;
  forEach?: Attribute;
  /** The `provider = aws.eu` meta-argument, as `aws.eu`. */
  providerRef?: string;
  /** Names the configuration sets: attributes, nested block types and dynamic block labels. */
  configured: Set<string>;
}

export interface ModuleCallDecl extends Declared {
  name: string;
  block: Block;
  source?: string;
  sourceLoc?: SourceLocation;
  count?: Attribute;
  forEach?: Attribute;
  /** `providers = { aws = aws.eu }` as child name → parent name. */
  providers?: Map<string, string>;
  /** Every other attribute: the module's input variables. */
  inputs: Attribute[];
}

export interface ProviderDecl extends Declared {
  /** `aws` or `aws.eu`. */
  key: string;
  block: Block;
}

export interface ModuleDef {
  /** Folder relative to the working directory, forward slashes ("." for the working directory itself). */
  dir: string;
  absDir: string;
  files: string[];
  variables: Map<string, VariableDecl>;
  locals: Map<string, LocalDecl>;
  outputs: Map<string, OutputDecl>;
  /** type → name → declaration. */
  resources: Map<string, Map<string, ResourceDecl>>;
  dataSources: Map<string, Map<string, ResourceDecl>>;
  /** Resources and data sources in declaration order (file order, then position). */
  declarationOrder: ResourceDecl[];
  moduleCalls: Map<string, ModuleCallDecl>;
  providers: ProviderDecl[];
  /**
   * Known to be partial (a file failed to parse, or one file was scanned by
   * itself): references to names it lacks are unknown values with a note, not errors.
   */
  incomplete: boolean;
}

export const RESOURCE_META_ATTRIBUTES = new Set(['count', 'for_each', 'provider', 'depends_on']);
export const RESOURCE_META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection']);
const MODULE_META_ATTRIBUTES = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

function attributesOf(body: Body): Map<string, Attribute> {
  const out = new Map<string, Attribute>();
  for (const item of body.items) if (item.kind === 'attribute') out.set(item.name, item);
  return out;
}

/** A literal string expression's text, or undefined when it is not one. */
export function literalString(expr: Expr): string | undefined {
  if (expr.kind !== 'template') return undefined;
  if (expr.parts.length === 0) return '';
  if (expr.parts.length === 1 && expr.parts[0]!.kind === 'text') return expr.parts[0]!.value;
  return undefined;
}

/** A static reference such as `aws.eu` written as an expression, or undefined. */
export function traversalName(expr: Expr): string | undefined {
  if (expr.kind === 'variable') return expr.name;
  if (expr.kind === 'getattr') {
    const base = traversalName(expr.object);
    return base === undefined ? undefined : `${base}.${expr.name}`;
  }
  const s = literalString(expr);
  return s;
}

function configuredNames(body: Body): Set<string> {
  const names = new Set<string>();
  for (const item of body.items) {
    if (item.kind === 'attribute') {
      if (!RESOURCE_META_ATTRIBUTES.has(item.name)) names.add(item.name);
    } else if (item.type === 'dynamic') {
      if (item.labels[0] !== undefined) names.add(item.labels[0]);
    } else if (!RESOURCE_META_BLOCKS.has(item.type)) names.add(item.type);
  }
  return names;
}

export function buildModuleDef(dir: string, absDir: string, files: HclFile[], incomplete: boolean, problems: Problems): ModuleDef {
  const def: ModuleDef = {
    dir,
    absDir,
    files: files.map((f) => f.path),
    variables: new Map(),
    locals: new Map(),
    outputs: new Map(),
    resources: new Map(),
    dataSources: new Map(),
    declarationOrder: [],
    moduleCalls: new Map(),
    providers: [],
    incomplete,
  };
  const duplicate = (what: string, loc: SourceLocation, first: SourceLocation) =>
    problems.error(`duplicate ${what}; it is already declared at ${first.file}:${first.startLine}`, loc);

  for (const file of files) {
    for (const item of file.body.items) {
      if (item.kind !== 'block') continue;
      const loc = locOf(file.path, item.range);
      const label = item.labels[0];
      switch (item.type) {
        case 'variable': {
          if (label === undefined) break;
          const prior = def.variables.get(label);
          if (prior) {
            duplicate(`variable "${label}"`, loc, prior.loc);
            break;
          }
          const attrs = attributesOf(item.body);
          const decl: VariableDecl = { name: label, file: file.path, loc, nullable: true };
          const defaultAttr = attrs.get('default');
          if (defaultAttr) decl.defaultAttr = defaultAttr;
          const typeAttr = attrs.get('type');
          if (typeAttr) {
            decl.typeLoc = locOf(file.path, typeAttr.range);
            try {
              decl.type = parseTypeConstraint(typeAttr.expr);
            } catch (e) {
              problems.error(`variable "${label}": ${(e as EvalError).message}`, decl.typeLoc);
            }
          }
          const nullable = attrs.get('nullable');
          if (nullable?.expr.kind === 'literal' && nullable.expr.value === false) decl.nullable = false;
          def.variables.set(label, decl);
          break;
        }
        case 'locals':
          for (const attr of item.body.items) {
            if (attr.kind !== 'attribute') continue;
            const aloc = locOf(file.path, attr.range);
            const prior = def.locals.get(attr.name);
            if (prior) duplicate(`local value "${attr.name}"`, aloc, prior.loc);
            else def.locals.set(attr.name, { name: attr.name, attr, file: file.path, loc: aloc });
          }
          break;
        case 'output': {
          if (label === undefined) break;
          const prior = def.outputs.get(label);
          if (prior) {
            duplicate(`output "${label}"`, loc, prior.loc);
            break;
          }
          def.outputs.set(label, { name: label, file: file.path, loc, valueAttr: attributesOf(item.body).get('value') });
          break;
        }
        case 'resource':
        case 'data': {
          const type = label;
          const name = item.labels[1];
          if (type === undefined || name === undefined) break;
          const mode = item.type === 'data' ? 'data' : 'managed';
          const index = mode === 'data' ? def.dataSources : def.resources;
          let byName = index.get(type);
          if (!byName) index.set(type, (byName = new Map()));
          const localAddress = mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
          const prior = byName.get(name);
          if (prior) {
            duplicate(localAddress, loc, prior.loc);
            break;
          }
          const attrs = attributesOf(item.body);
          const decl: ResourceDecl = {
            mode,
            type,
            name,
            block: item,
            localAddress,
            file: file.path,
            loc,
            count: attrs.get('count'),
            forEach: attrs.get('for_each'),
            configured: configuredNames(item.body),
          };
          const provider = attrs.get('provider');
          if (provider) decl.providerRef = traversalName(provider.expr);
          byName.set(name, decl);
          def.declarationOrder.push(decl);
          break;
        }
        case 'module': {
          if (label === undefined) break;
          const prior = def.moduleCalls.get(label);
          if (prior) {
            duplicate(`module "${label}"`, loc, prior.loc);
            break;
          }
          const attrs = attributesOf(item.body);
          const call: ModuleCallDecl = {
            name: label,
            block: item,
            file: file.path,
            loc,
            count: attrs.get('count'),
            forEach: attrs.get('for_each'),
            inputs: [...attrs.values()].filter((a) => !MODULE_META_ATTRIBUTES.has(a.name)),
          };
          const source = attrs.get('source');
          if (source) {
            call.sourceLoc = locOf(file.path, source.range);
            call.source = literalString(source.expr);
            if (call.source === undefined) problems.error(`module "${label}": source must be a literal string`, call.sourceLoc);
          }
          const providers = attrs.get('providers');
          if (providers?.expr.kind === 'object') {
            call.providers = new Map();
            for (const p of providers.expr.items) {
              const childName = traversalName(p.key);
              const parentName = traversalName(p.value);
              if (childName !== undefined && parentName !== undefined) call.providers.set(childName, parentName);
            }
          }
          def.moduleCalls.set(label, call);
          break;
        }
        case 'provider': {
          if (label === undefined) break;
          const alias = attributesOf(item.body).get('alias');
          const aliasName = alias ? literalString(alias.expr) : undefined;
          def.providers.push({ key: aliasName ? `${label}.${aliasName}` : label, block: item, file: file.path, loc });
          break;
        }
        default:
          // terraform, moved, import, removed, check, ephemeral...: nothing to evaluate for a scan.
          break;
      }
    }
  }
  return def;
}
