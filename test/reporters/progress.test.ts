import { describe, expect, test } from '@jest/globals';
import { Progress, type ProgressStream } from '../../src/cli/progress.js';

function stream(isTTY: boolean, columns: number): ProgressStream & { out: string } {
  const s = { isTTY, columns, out: '', write: (t: string) => ((s.out += t), true) };
  return s;
}

describe('progress on stderr', () => {
  test('draws nothing unless stderr is a terminal with a width, outside CI', () => {
    for (const [tty, cols, env] of [
      [false, 80, {}],
      [true, 0, {}],
      [true, 80, { CI: 'true' }],
      [true, 80, { TERM: 'dumb' }],
    ] as const) {
      const s = stream(tty, cols);
      const p = new Progress(s, env);
      p.update('scanning', true);
      p.done();
      expect(s.out).toBe('');
    }
  });

  test('on a terminal: one line, cut to the width, erased when done', () => {
    const s = stream(true, 30);
    const p = new Progress(s, {});
    p.update('scanning a very long path name that does not fit', true);
    const line = s.out.split('\u001b[2K')[1]!;
    expect(line.length).toBeLessThanOrEqual(29);
    expect(line.endsWith('…')).toBe(true);
    expect(s.out).not.toContain('\n');
    p.done();
    expect(s.out.endsWith('\r\u001b[2K')).toBe(true);
  });
});
