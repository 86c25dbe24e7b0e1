import { mkdirSync, writeFileSync } from 'node:fs';
import { FormatSpecError, outputIsFolder, parseFormatSpec, type ReportTarget } from '../../reporters/index.js';
import { UsageError } from '../errors.js';

/** Where each requested format goes (--format / -o); a bad spec is a usage error, and an output folder is created. */
export function reportTargetsOf(options: { format: string[]; output?: string }): ReportTarget[] {
  try {
    const targets = parseFormatSpec(options.format, options.output);
    if (options.output && outputIsFolder(options.format)) mkdirSync(options.output, { recursive: true });
    return targets;
  } catch (e) {
    if (e instanceof FormatSpecError) throw new UsageError(e.message);
    throw e;
  }
}

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
