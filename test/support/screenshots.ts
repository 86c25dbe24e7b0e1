/**
 * Where browser tests put their screenshots: never the checkout (tests leave
 * it unchanged). $LEAKPROOF_SCREENSHOTS names a folder to keep them in, e.g.
 * to look at the HTML report; else a folder under the system's temp dir.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function screenshotPath(name: string): string {
  const dir = process.env.LEAKPROOF_SCREENSHOTS || path.join(tmpdir(), 'leakproof-screenshots');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}
