import { describe, expect, test } from '@jest/globals';
import { declaredName, indexSource } from '../../src/policy/inline-comments.js';

describe('suppression comment reader', () => {
  test('reads #, // and /* */ markers, several rule ids and an expiry', () => {
    const index = indexSource(
      [
        '# leakproof:ignore LP-DB-001,LP-DB-002 shared reason exp:2030-01-31',
        'x = 1 // leakproof:ignore LP-FW-001 slash comment',
        '/* leakproof:ignore LP-ST-001 block comment */',
        'name = "not a marker: leakproof:ignore"',
      ].join('\n'),
      'f.tf',
    );
    expect([...index.directives.entries()].map(([line, ds]) => [line, ds.map((d) => [d.ruleIds, d.reason, d.expires])])).toEqual([
      [1, [[['LP-DB-001', 'LP-DB-002'], 'shared reason', '2030-01-31']]],
      [2, [[['LP-FW-001'], 'slash comment', undefined]]],
      [3, [[['LP-ST-001'], 'block comment', undefined]]],
    ]);
    expect(index.problems).toEqual([]);
  });

  test('malformed markers are problems, not suppressions', () => {
    const index = indexSource('# leakproof:ignore\n# leakproof:ignore LP-DB-001 why exp:2030-13-01\n# leakproof:ignore LP-DB-001\n', 'f.tf');
    expect(index.directives.size).toBe(0);
    expect(index.problems).toEqual([
      "f.tf:1: leakproof:ignore needs a rule id, e.g. '# leakproof:ignore LP-DB-001 <reason>'",
      "f.tf:2: leakproof:ignore LP-DB-001: 'exp:2030-13-01' is not a date written exp:YYYY-MM-DD",
      'f.tf:3: leakproof:ignore LP-DB-001 has no reason, so it suppresses nothing; say why the finding is accepted',
    ]);
  });

  test('finds resource and data block headers', () => {
    const index = indexSource('resource "aws_s3_bucket" "a" {\n}\n  data "aws_iam_policy_document" "p" {\n}\n', 'f.tf');
    expect([...index.headers]).toEqual([
      ['aws_s3_bucket.a', 1],
      ['data.aws_iam_policy_document.p', 3],
    ]);
  });

  test('maps an address to the name its block is declared with', () => {
    expect(declaredName('aws_db_instance.main')).toBe('aws_db_instance.main');
    expect(declaredName('module.db.aws_db_instance.this[0]')).toBe('aws_db_instance.this');
    expect(declaredName('module.a["x.y"].module.b[1].aws_s3_bucket.logs["k.v"]')).toBe('aws_s3_bucket.logs');
    expect(declaredName('module.m.data.aws_iam_policy_document.p')).toBe('data.aws_iam_policy_document.p');
  });
});
