/**
 * State shared by every module instance of one load: the problem collector,
 * the stack of lazy evaluations in progress (for cycle messages and the depth
 * bound), and the services that need the parser or the file system.
 */
import type { SourceLocation } from '../../../model/location.js';
import type { Expr, TemplateExpr } from '../hcl/ast.js';
import { CycleError, EvalError, type Problems } from './errors.js';
import { LIMITS } from './limits.js';
import type { ModuleDef } from './module-def.js';

export interface EvalSession {
  readonly problems: Problems;
  /** Labels of lazy evaluations in progress, innermost last. */
  readonly stack: string[];
  /** The working directory: paths in output are relative to it. */
  readonly cwd: string;
  /**
   * The module a local `source` ("./x", "../x") names, relative to the calling module, or why it cannot be
   * loaded (`refused` when it lies outside the trust root).
   */
  loadLocalModule(caller: ModuleDef, source: string): ModuleDef | { error: string; refused?: true };
  /**
   * The module `terraform init` downloaded for the remote call with manifest key `key` (`vpc`, `vpc.inner`)
   * of the root module in `rootAbsDir`, read from `.terraform/modules` inside the trust root.
   */
  downloadedModule(rootAbsDir: string, key: string, source: string, versionConstraint?: string): DownloadedLookup;
  parseTemplate(text: string, path: string): TemplateExpr;
  parseExpression(text: string, path: string): Expr;
}

/** What `.terraform/modules` holds for one remote module call. */
export type DownloadedLookup =
  /** The root module was not initialised (no manifest). */
  | { found: 'no-manifest' }
  /** The manifest has no usable folder for the call; `reason` says why, for the note. */
  | { found: 'no'; reason: string }
  /** `dir` is the folder as the manifest names it, relative to the root module. */
  | { found: 'yes'; def: ModuleDef; dir: string; version?: string };

const BUSY = Symbol('busy');

/**
 * A memo table for lazy evaluation: each entry is computed once; asking for an
 * entry that is being computed is a reference cycle, reported by CycleError.
 */
export class LazyTable<K, T> {
  private readonly entries = new Map<K, T | typeof BUSY>();

  constructor(private readonly session: EvalSession) {}

  get(key: K, label: string, loc: SourceLocation, compute: () => T, onError: (e: unknown) => T): T {
    const hit = this.entries.get(key);
    if (hit === BUSY) {
      const stack = this.session.stack;
      const start = stack.lastIndexOf(label);
      const path = [...stack.slice(start < 0 ? 0 : start), label].join(' → ');
      throw new CycleError(`reference cycle: ${path}`, loc);
    }
    if (hit !== undefined) return hit;
    if (this.session.stack.length >= LIMITS.maxEvalDepth) {
      throw new EvalError(`references nested more than ${LIMITS.maxEvalDepth} deep`, loc);
    }
    this.entries.set(key, BUSY);
    this.session.stack.push(label);
    let value: T;
    try {
      value = compute();
    } catch (e) {
      value = onError(e);
    } finally {
      this.session.stack.pop();
    }
    this.entries.set(key, value);
    return value;
  }

  peek(key: K): T | undefined {
    const hit = this.entries.get(key);
    return hit === BUSY ? undefined : hit;
  }
}
