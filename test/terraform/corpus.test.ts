/**
 * Every Terraform module of the real-world corpus (../shared/corpus/real:
 * terraform-aws-modules and Alibaba Cloud modules with their examples) loads
 * without an exception and without an InputError, except where Terraform
 * itself would reject the configuration.
 */
import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { InputError, SourceResource } from '../../src/model/source-resource.js';
import type { Value } from '../../src/model/value.js';
import { createParseCache, loadTerraform } from '../../src/sources/terraform/load.js';
import { walkInputs } from '../../src/sources/walk.js';

const corpus = nodePath.resolve(process.cwd(), '../shared/corpus/real');
const present = fs.existsSync(corpus);
if (!present) console.warn(`SKIPPED: the real-world corpus is not at ${corpus}; the corpus test does not run`);

/**
 * Configurations that Terraform itself rejects when it plans them, so an error
 * here is the right answer: examples/issues calls the VPC module with database
 * (and ElastiCache) subnets but no private subnets and no database route table,
 * so `coalescelist(aws_route_table.database[*].id, aws_route_table.private[*].id)`
 * has only empty lists ("no non-null arguments" in Terraform).
 */
const GENUINE_ERRORS: Array<{ file: RegExp; message: RegExp }> = [
  { file: /terraform-aws-vpc\/main\.tf$/, message: /^coalescelist: no non-empty list arguments$/ },
];

/** Paths (within a resource) of values that carry no location. */
function unlocated(r: SourceResource): string[] {
  const out: string[] = [];
  const visit = (v: Value, path: string) => {
    if (!v.loc || !v.loc.file || v.loc.startLine < 1) out.push(`${r.address}${path}`);
    if (v.t === 'list') v.items.forEach((item, i) => visit(item, `${path}[${i}]`));
    if (v.t === 'map') for (const [k, item] of v.entries) visit(item, `${path}.${k}`);
  };
  visit(r.attrs, '');
  visit(r.region, '#region');
  return out;
}

function isGenuine(e: InputError): boolean {
  return GENUINE_ERRORS.some((g) => g.file.test(e.file) && g.message.test(e.message));
}

(present ? describe : describe.skip)('real-world corpus', () => {
  test('every repository loads: no exception, no InputError on files that parse', () => {
    const repos = fs
      .readdirSync(corpus, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => nodePath.relative(process.cwd(), nodePath.join(corpus, d.name)));
    const started = performance.now();
    const walked = walkInputs(repos);
    expect(walked.errors).toEqual([]);
    const cache = createParseCache();
    let tfFiles = 0;
    let resources = 0;
    const unexpected: InputError[] = [];
    const missingLocations: string[] = [];
    const genuine: InputError[] = [];
    for (const unit of walked.units) {
      for (const files of unit.terraformFolders.values()) tfFiles += files.length;
      const result = loadTerraform(unit, { cache });
      resources += result.resources.length;
      for (const r of result.resources) missingLocations.push(...unlocated(r).filter((p) => !p.endsWith('#region')));
      const syntaxErrorFiles = new Set([...cache.entries()].filter(([, e]) => 'error' in e).map(([abs]) => nodePath.relative(process.cwd(), abs)));
      for (const e of result.errors) {
        if (syntaxErrorFiles.has(e.file)) continue;
        (isGenuine(e) ? genuine : unexpected).push(e);
      }
    }
    const elapsed = performance.now() - started;
    console.log(`corpus: ${tfFiles} .tf files, ${resources} resources, walked, parsed and evaluated in ${elapsed.toFixed(0)} ms`);
    expect(unexpected).toEqual([]);
    // Every value produced carries where it came from (a region may be unknown for want of a provider block).
    expect(missingLocations.slice(0, 10)).toEqual([]);
    expect(genuine.length).toBeLessThanOrEqual(2);
    expect(tfFiles).toBeGreaterThan(1000);
    expect(resources).toBeGreaterThan(1000);
  });
});
