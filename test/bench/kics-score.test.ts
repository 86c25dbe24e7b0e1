import { describe, expect, test } from '@jest/globals';
import { rates, scoreCorpus, terraformBlocks, type FileScan, type ManifestEntry, type ScannedFinding } from '../../bench/kics-score.js';

const entry = (over: Partial<ManifestEntry>): ManifestEntry => ({
  query_dir: 'terraform/aws/q',
  platform: 'terraform',
  provider: 'aws',
  category: 'public_storage',
  borderline: false,
  label_source: 'kics',
  positives: [],
  negatives: [],
  negatives_set_aside: [],
  negative_caveats: {},
  expected_lines: null,
  ...over,
});

const finding = (over: Partial<ScannedFinding>): ScannedFinding => ({ ruleId: 'LP-ST-001', category: 'public-storage', severity: 'high', startLine: 1, endLine: 1, message: 'm', ...over });
const scan = (findings: ScannedFinding[], supported = true): FileScan => ({ supported, findings, errors: [] });
const noBlocks = () => undefined;

describe('scoring the KICS corpus', () => {
  test('recall, precision and lines from positives and negatives of the category', () => {
    const e = entry({ positives: ['p1.tf', 'p2.tf'], negatives: ['n1.tf', 'n2.tf'], expected_lines: { 'p1.tf': [5, 9] } });
    const scans = new Map([
      ['p1.tf', scan([finding({ startLine: 5, endLine: 5 })])],
      ['p2.tf', scan([finding({ category: 'open-firewall' })])],
      ['n1.tf', scan([])],
      ['n2.tf', scan([finding({ severity: 'medium' })])],
    ]);
    const score = scoreCorpus([e], scans, noBlocks);
    const t = score.tallies.terraform!.public_storage.core;
    expect(t).toMatchObject({ positives: 2, detected: 1, negatives: 2, falseAlarms: 1, linesExpected: 2, linesHit: 1 });
    expect(rates(t)).toEqual({ recall: 0.5, precision: 0.5, lines: 0.5 });
    expect(score.misses.map((m) => m.file)).toEqual(['p2.tf']);
    expect(score.lineMisses.map((m) => m.reason)).toEqual(['line 9 not covered (findings: LP-ST-001@5 (high))']);
  });

  test('a finding in the block that contains the expected line agrees with it', () => {
    const e = entry({ positives: ['p.tf'], expected_lines: { 'p.tf': [3] } });
    const score = scoreCorpus([e], new Map([['p.tf', scan([finding({ startLine: 8, endLine: 8 })])]]), () => ({ start: 1, end: 10 }));
    expect(score.tallies.terraform!.public_storage.core.linesHit).toBe(1);
  });

  test('caveat negatives tolerate low and info findings only; set-aside negatives are not scored', () => {
    const e = entry({
      negatives: ['c1.tf', 'c2.tf'],
      negatives_set_aside: [{ file: 'aside.tf', reason: 'r' }],
      negative_caveats: { 'c1.tf': ['no block'], 'c2.tf': ['no block'] },
    });
    const scans = new Map([
      ['c1.tf', scan([finding({ severity: 'low' })])],
      ['c2.tf', scan([finding({ severity: 'low' }), finding({ severity: 'high' })])],
      ['aside.tf', scan([finding({})])],
    ]);
    const score = scoreCorpus([e], scans, noBlocks);
    expect(score.tallies.terraform!.public_storage.core).toMatchObject({ negatives: 2, falseAlarms: 1, falseAlarmsStrict: 2 });
    expect(score.tolerated.map((p) => p.file)).toEqual(['c1.tf']);
  });

  test('borderline and derived entries are kept apart; unread files are unsupported, not misses', () => {
    const scans = new Map([
      ['b.tf', scan([])],
      ['d.tf', scan([finding({ category: 'data-residency' })])],
      ['x.yaml', scan([], false)],
    ]);
    const score = scoreCorpus(
      [
        entry({ borderline: true, positives: ['b.tf'] }),
        entry({ category: 'cross_region', label_source: 'derived', positives: ['d.tf'] }),
        entry({ platform: 'cloudFormation', positives: ['x.yaml'] }),
      ],
      scans,
      noBlocks,
    );
    expect(score.tallies.terraform!.public_storage.borderline).toMatchObject({ positives: 1, detected: 0 });
    expect(score.tallies.terraform!.cross_region.borderline).toMatchObject({ positives: 1, detected: 1 });
    expect(score.tallies.cloudFormation!.public_storage.core).toMatchObject({ positives: 0, unsupported: 1 });
    expect(score.misses.map((m) => m.file)).toEqual(['b.tf']);
  });
});

describe('top-level Terraform blocks', () => {
  test('braces in strings, comments and heredocs do not count', () => {
    const text = [
      'resource "a" "b" {', // 1
      '  x = "}"', // 2
      '  # }', // 3
      '  policy = <<EOF', // 4
      '{ "a": { }', // 5
      'EOF', // 6
      '  nested {', // 7
      '  }', // 8
      '}', // 9
      '', // 10
      'module "m" { source = "x" }', // 11
    ].join('\n');
    expect(terraformBlocks(text)).toEqual([
      { start: 1, end: 9 },
      { start: 11, end: 11 },
    ]);
  });
});
