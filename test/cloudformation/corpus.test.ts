/**
 * Every CloudFormation template of the real-world corpus (../shared/corpus/real:
 * aws-cloudformation-templates and ecs-refarch-cloudformation, YAML and JSON,
 * Rain modules, LanguageExtensions loops, Lambda test events as noise) is
 * either loaded with no input error, or skipped as not a template; nothing
 * throws, and the model builds from every template.
 */
import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { loadCloudFormation } from '../../src/sources/cloudformation/load.js';
import { normalizeCloudFormation } from '../../src/sources/cloudformation/normalize/index.js';
import { detectFormat } from '../../src/sources/detect.js';

const corpus = nodePath.resolve(process.cwd(), '../shared/corpus/real');
const present = fs.existsSync(corpus);
if (!present) console.warn(`SKIPPED: the real-world corpus is not at ${corpus}; the CloudFormation corpus test does not run`);

function dataFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const path = nodePath.join(dir, entry.name);
    if (entry.isDirectory()) dataFiles(path, out);
    else if (/\.(json|ya?ml|template)$/.test(entry.name)) out.push(nodePath.relative(process.cwd(), path));
  }
  return out;
}

(present ? describe : describe.skip)('real-world CloudFormation corpus', () => {
  test('every template loads without an input error; every other file is skipped', () => {
    const files = dataFiles(corpus).sort();
    const templates = files.filter((f) => {
      const format = detectFormat(f, fs.readFileSync(f, 'utf8'));
      return format === 'cloudformation' || format === 'ros';
    });
    // The corpus README counts 304 templates (top-level Resources or AWSTemplateFormatVersion), Rain modules included.
    expect(templates.length).toBeGreaterThanOrEqual(300);
    let resources = 0;
    const errors: string[] = [];
    for (const file of templates) {
      const loaded = loadCloudFormation([file]);
      errors.push(...loaded.errors.map((e) => `${e.file}:${e.line ?? ''} ${e.message}`));
      // A template may create nothing with its defaults (VPCFlowLogs-main: both nested stacks are conditional on "No").
      resources += loaded.resources.length;
      expect(() => normalizeCloudFormation(loaded.resources)).not.toThrow();
    }
    expect(errors).toEqual([]);
    expect(resources).toBeGreaterThan(2000);
  });

  test('files that are not templates are not claimed', () => {
    const noise = dataFiles(corpus).filter((f) => /\/events?\/|event(_bad)?\.json$|manifest\.json$/.test(f));
    expect(noise.length).toBeGreaterThan(0);
    for (const f of noise) expect(detectFormat(f, fs.readFileSync(f, 'utf8'))).toBeUndefined();
  });
});
