/**
 * Reports without `notAssessed` (or with an empty list) are byte-identical to
 * the output recorded in test/reporters/golden/ before not-assessed parts were
 * added to SARIF, JUnit, CSV, Markdown and HTML. If a reporter change is meant
 * to alter these, regenerate with LEAKPROOF_WRITE_GOLDEN=1 and review the diff.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ScanReport } from '../../src/findings/report.js';
import { renderCsv } from '../../src/reporters/csv.js';
import { renderHtml } from '../../src/reporters/html.js';
import { renderJunit } from '../../src/reporters/junit.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { renderSarif } from '../../src/reporters/sarif.js';
import { finding, report, RULES, sampleReport } from './sample-report.js';

const GOLDEN = path.join('test', 'reporters', 'golden');
const write = process.env.LEAKPROOF_WRITE_GOLDEN === '1';

const REPORTS: Record<string, () => ScanReport> = {
  sample: sampleReport,
  errors: () => report([finding()], { errors: [{ file: 'broken.tf', line: 2, column: 4, message: 'unexpected <}>' }] }),
};

const FORMATS: Record<string, [ext: string, render: (r: ScanReport) => string]> = {
  sarif: ['sarif', (r) => renderSarif(r, { rules: RULES, srcRoot: '/work/repo' })],
  junit: ['junit.xml', (r) => renderJunit(r, { rules: RULES })],
  csv: ['csv', renderCsv],
  markdown: ['md', renderMarkdown],
  html: ['html', renderHtml],
};

describe('reports without not-assessed parts are unchanged', () => {
  for (const [reportName, build] of Object.entries(REPORTS))
    for (const [format, [ext, render]] of Object.entries(FORMATS))
      test(`${format} of the ${reportName} report`, () => {
        const file = path.join(GOLDEN, `${reportName}.${ext}`);
        const plain = render(build());
        if (write) writeFileSync(file, plain);
        const golden = readFileSync(file, 'utf8');
        expect(plain).toBe(golden);
        expect(render({ ...build(), notAssessed: [] })).toBe(golden);
      });
});
