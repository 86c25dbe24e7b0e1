/**
 * The run-history and evidence part of the command line: the options scan
 * and audit take (--history, --no-history, --evidence, --sign-key), and the
 * commands that read what they record (diff, history, evidence).
 */
import { Command } from 'commander';
/**
 * Options of every command that runs the rules and records the run. The
 * command line as typed is kept as the `invocation` option, for the evidence
 * bundle (commander calls preAction hooks before it builds the action's options).
 */
export declare function withRunRecordOptions(cmd: Command): Command;
export declare function addRecordCommands(program: Command): void;
