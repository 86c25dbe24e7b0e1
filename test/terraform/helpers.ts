/** Shared helpers for the Terraform evaluation tests. */
import * as nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceResource, SourceResult } from '../../src/model/source-resource.js';
import { getPath, toPlain, type Value } from '../../src/model/value.js';
import { parseHcl } from '../../src/sources/terraform/hcl/parser.js';
import { EvalError, Problems } from '../../src/sources/terraform/eval/errors.js';
import { evaluate } from '../../src/sources/terraform/eval/expressions.js';
import { parseTemplateText } from '../../src/sources/terraform/eval/template-parse.js';
import type { EvalContext, FileAccess, Scope } from '../../src/sources/terraform/eval/scope.js';
import { loadTerraform, type TerraformLoadOptions } from '../../src/sources/terraform/load.js';
import { walkInputs } from '../../src/sources/walk.js';

const here = nodePath.dirname(fileURLToPath(import.meta.url));

/** A fixture folder, relative to the working directory (the repository root when jest runs). */
export function fixture(name: string): string {
  return nodePath.relative(process.cwd(), nodePath.join(here, 'fixtures', name)).split(nodePath.sep).join('/');
}

/** Walks one path and loads its single unit. */
export function loadPath(path: string, options: TerraformLoadOptions = {}): SourceResult {
  const walked = walkInputs([path]);
  expect(walked.errors).toEqual([]);
  expect(walked.units).toHaveLength(1);
  return loadTerraform(walked.units[0]!, options);
}

export function byAddress(result: SourceResult, address: string): SourceResource {
  const found = result.resources.find((r) => r.address === address);
  if (!found) throw new Error(`no resource ${address}; have ${result.resources.map((r) => r.address).join(', ')}`);
  return found;
}

/** An attribute of a resource (nested blocks by index). */
export function attr(r: SourceResource, ...path: Array<string | number>): Value | undefined {
  let cur: Value | undefined = r.attrs;
  for (const key of path) {
    if (!cur) return undefined;
    if (typeof key === 'number') cur = cur.t === 'list' ? cur.items[key] : undefined;
    else cur = cur.t === 'map' ? cur.entries.get(key) : getPath(cur, key);
  }
  return cur;
}

export const plain = toPlain;

const noFiles: FileAccess = {
  baseDir: '.',
  read: () => ({ ok: false, reason: 'no files in this test' }),
  exists: () => ({ ok: false, reason: 'no files in this test' }),
  glob: () => ({ ok: false, reason: 'no files in this test' }),
};

/**
 * Evaluates one expression with optional variables (`var.x` reads vars.x),
 * the way a module attribute is evaluated.
 */
export function evalExpr(source: string, vars: Record<string, Value> = {}, files: FileAccess = noFiles): Value {
  const file = parseHcl(`x = ${source}\n`, 'expr.tf');
  const item = file.body.items[0];
  if (!item || item.kind !== 'attribute') throw new Error('not an expression');
  const problems = new Problems();
  const scope: Scope = {
    files,
    note: (m) => problems.note(m),
    parseTemplate: parseTemplateText,
    resolve(name, steps) {
      if (name === 'var' && steps[0]?.kind === 'attr') {
        const v = vars[steps[0].name];
        if (!v) throw new EvalError(`no var ${steps[0].name}`);
        return { value: v, consumed: 1 };
      }
      throw new EvalError(`unknown name ${name}`);
    },
  };
  const ctx: EvalContext = { scope, bindings: undefined, loc: { file: 'expr.tf', startLine: 1, endLine: 1 } };
  return evaluate(item.expr, ctx);
}

/** Evaluates and converts to plain data; unknown parts come out as undefined. */
export function evalPlain(source: string, vars: Record<string, Value> = {}): unknown {
  return toPlain(evalExpr(source, vars));
}
