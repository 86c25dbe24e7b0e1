/**
 * How every command of the CLI talks to a person: a usage mistake is one
 * `leakproof: ...` line and a pointer to that command's help (never the whole
 * help page), help pages end with examples, and empty list defaults
 * (`(default: [])`) are left out. Commands added with addCommand inherit none
 * of commander's settings, so they are applied to the whole tree at once.
 */
import { Command } from 'commander';
/** The full name a user types, e.g. `leakproof audit aws`. */
export declare function commandPath(cmd: Command): string;
/** An "Examples:" section; each entry is a command line and, optionally, what it does. */
export declare function examples(...entries: Array<[command: string, comment?: string]>): string;
/** Applies the settings above to a command and everything under it; call once the tree is built. */
export declare function applyHelpHabits(root: Command): Command;
/**
 * `leakproof help audit aws` → `leakproof audit aws --help`: commander's own
 * help command looks at one name only, so it showed `audit`'s page. A name
 * that is not a command is passed on without --help, so that commander
 * reports it as the unknown command it is.
 */
export declare function expandHelpCommand(argv: string[], root: Command): string[];
