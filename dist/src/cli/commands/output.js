/**
 * Where reports go: `-o FILE` (its folder is created), `-o -` or no -o for
 * stdout, `-o DIR` for several formats at once. Nothing else ever goes to stdout.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FormatSpecError, outputIsFolder, parseFormatSpec } from '../../reporters/index.js';
import { UsageError } from '../errors.js';
/** `-` names stdout, as in most command-line tools. */
export const STDOUT = '-';
export const isStdout = (output) => output === undefined || output === STDOUT;
/** Where each requested format goes (--format / -o); a bad spec is a usage error, and an output folder is created. */
export function reportTargetsOf(options) {
    const folder = outputIsFolder(options.format);
    if (options.output === STDOUT && folder)
        throw new UsageError(`-o - is stdout, which takes one report; give the others a file (--format text,sarif=FILE)`);
    const output = isStdout(options.output) ? undefined : options.output;
    try {
        // `name=-` sends that one format to stdout; two reports there is the same error as two bare formats.
        const targets = parseFormatSpec(options.format, output).map((t) => (t.output === STDOUT ? { format: t.format } : t));
        if (targets.filter((t) => !t.output).length > 1)
            throw new FormatSpecError('only one report can go to stdout (-); give the others a file');
        if (output && folder)
            mkdirSync(output, { recursive: true });
        return targets;
    }
    catch (e) {
        if (e instanceof FormatSpecError)
            throw new UsageError(e.message);
        throw e;
    }
}
/** Writes a report to a file (creating its folder), or to stdout for no file or `-`. */
export function writeReport(text, outputFile) {
    if (isStdout(outputFile)) {
        process.stdout.write(text);
        return;
    }
    const file = outputFile;
    try {
        mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
        writeFileSync(file, text);
    }
    catch (e) {
        throw new UsageError(`cannot write ${file}: ${e.code ?? e.message}`);
    }
}
