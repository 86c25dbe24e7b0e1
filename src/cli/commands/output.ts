import { writeFileSync } from 'node:fs';
import { UsageError } from '../errors.js';

/** Writes a report to a file, or to stdout; nothing else ever goes to stdout. */
export function writeReport(text: string, outputFile: string | undefined): void {
  if (!outputFile) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileSync(outputFile, text);
  } catch (e) {
    throw new UsageError(`cannot write ${outputFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
