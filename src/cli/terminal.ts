/**
 * What the user asked of the terminal for this invocation: --quiet (stderr
 * carries errors only: no progress, warnings or notes) and --no-color /
 * NO_COLOR / FORCE_COLOR. main() resets it for every invocation and the
 * program's preAction hook sets it from the global options, so the code that
 * writes to stderr or picks colours asks here instead of threading flags
 * through every call.
 */
import { escapeControl } from '../reporters/escape.js';

export interface TerminalChoice {
  quiet: boolean;
  /** False for --no-color. */
  color: boolean;
}

let current: TerminalChoice = { quiet: false, color: true };

export function setTerminalChoice(choice: TerminalChoice): void {
  current = { ...choice };
}

export function isQuiet(): boolean {
  return current.quiet;
}

/** A warning or a note on stderr, left out under --quiet; scanned text in it cannot forge lines or escapes. Errors are written directly: they always show. */
export function notice(line: string): void {
  if (!current.quiet) process.stderr.write(`leakproof: ${escapeControl(line)}\n`);
}

/** An input error on stderr (errors always show): `file:line:column: message`, with scanned text escaped. */
export function printInputError(e: { file: string; line?: number; column?: number; message: string }): void {
  const where = `${e.file}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : ''}`;
  process.stderr.write(`leakproof: ${escapeControl(where)}: ${escapeControl(e.message)}\n`);
}

/**
 * Colour for a report written to `stream`: never with --no-color or NO_COLOR
 * (any non-empty value, per no-color.org); FORCE_COLOR=0 turns it off and any
 * other FORCE_COLOR value turns it on even through a pipe (CI logs render
 * ANSI); otherwise only on a terminal.
 */
export function colorWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!current.color) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return !!stream.isTTY;
}
