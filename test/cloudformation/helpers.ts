/** Shared helpers for the CloudFormation / ROS tests: templates written to a temporary folder and loaded. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import type { ModelResource } from '../../src/model/resources.js';
import type { SourceResource, SourceResult } from '../../src/model/source-resource.js';
import { getPath, toPlain, type Value } from '../../src/model/value.js';
import { loadCloudFormation } from '../../src/sources/cloudformation/load.js';
import type { CloudFormationOptions } from '../../src/sources/cloudformation/options.js';
import { normalizeCloudFormation } from '../../src/sources/cloudformation/normalize/index.js';

/** Writes files (name → text) into a fresh temporary folder; returns their paths by name. */
export function writeFiles(files: Record<string, string>): Record<string, string> {
  const dir = mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-cfn-'));
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    const path = nodePath.join(dir, name);
    writeFileSync(path, text);
    out[name] = path;
  }
  return out;
}

/** Loads one template text (YAML unless the name says .json). */
export function loadText(text: string, options: CloudFormationOptions = {}, name = 'template.yaml'): SourceResult & { file: string } {
  const file = writeFiles({ [name]: text })[name]!;
  return { ...loadCloudFormation([file], options), file };
}

export function resource(result: SourceResult, address: string): SourceResource {
  const found = result.resources.find((r) => r.address === address);
  if (!found) throw new Error(`no resource ${address}; have ${result.resources.map((r) => r.address).join(', ')}`);
  return found;
}

/** A property of a resource as plain JSON (unknown parts undefined). */
export function plain(r: SourceResource, ...path: Array<string | number>): unknown {
  return toPlain(prop(r, ...path));
}

export function prop(r: SourceResource, ...path: Array<string | number>): Value | undefined {
  let cur: Value | undefined = r.attrs;
  for (const key of path) {
    if (!cur) return undefined;
    if (typeof key === 'number') cur = cur.t === 'list' ? cur.items[key] : undefined;
    else cur = cur.t === 'map' ? cur.entries.get(key) : getPath(cur, key);
  }
  return cur;
}

/** Loads and normalizes one template. */
export function modelOf(text: string, options: CloudFormationOptions = {}, name = 'template.yaml'): { model: ModelResource[]; result: SourceResult } {
  const result = loadText(text, options, name);
  return { model: normalizeCloudFormation(result.resources), result };
}

export function record<K extends ModelResource['kind']>(model: ModelResource[], id: string, kind: K): Extract<ModelResource, { kind: K }> {
  const found = model.find((m) => m.id === id && m.kind === kind);
  if (!found) throw new Error(`no ${kind} ${id}; have ${model.map((m) => `${m.kind}:${m.id}`).join(', ')}`);
  return found as Extract<ModelResource, { kind: K }>;
}
