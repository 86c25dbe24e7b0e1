import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { FormatSpecError, parseFormatSpec, renderReport, REPORT_FORMATS } from '../../src/reporters/index.js';
import { sampleReport } from './sample-report.js';

describe('format targets', () => {
  test('one format goes to stdout or to -o', () => {
    expect(parseFormatSpec([])).toEqual([{ format: 'text' }]);
    expect(parseFormatSpec(['sarif'], 'out.sarif')).toEqual([{ format: 'sarif', output: 'out.sarif' }]);
  });

  test('name=path gives a format its own file; the one without a path takes stdout or -o', () => {
    expect(parseFormatSpec(['text,sarif=out.sarif'])).toEqual([{ format: 'sarif', output: 'out.sarif' }, { format: 'text' }]);
    expect(parseFormatSpec(['text', 'junit=r/junit.xml'], 'scan.txt')).toEqual([
      { format: 'junit', output: 'r/junit.xml' },
      { format: 'text', output: 'scan.txt' },
    ]);
    expect(parseFormatSpec(['md=comment.md'])).toEqual([{ format: 'markdown', output: 'comment.md' }]);
  });

  test('several formats without a path need -o as a folder', () => {
    expect(parseFormatSpec(['sarif,junit,html'], 'reports')).toEqual([
      { format: 'sarif', output: path.join('reports', 'leakproof.sarif') },
      { format: 'junit', output: path.join('reports', 'leakproof.junit.xml') },
      { format: 'html', output: path.join('reports', 'leakproof.html') },
    ]);
    expect(() => parseFormatSpec(['text,sarif'])).toThrow(/only one report can go to stdout/);
  });

  test('mistakes are errors, never a silent guess', () => {
    expect(() => parseFormatSpec(['pdf'])).toThrow(FormatSpecError);
    expect(() => parseFormatSpec(['sarif='])).toThrow(/give a file/);
    expect(() => parseFormatSpec(['sarif=a.out,json=a.out'])).toThrow(/two reports would be written to a.out/);
    expect(() => parseFormatSpec(['json,json'], 'x')).toThrow(/same format twice/);
  });

  test('every format renders', () => {
    for (const format of REPORT_FORMATS) expect(renderReport(format, sampleReport()).length).toBeGreaterThan(100);
  });
});
