/**
 * The run-history and evidence part of the command line: the options scan
 * and audit take (--history, --no-history, --evidence, --sign-key), and the
 * commands that read what they record (diff, history, evidence).
 */
import { Command, Option } from 'commander';
import { FAIL_ON_VALUES, collect, collectList } from './parse-options.js';
import { runDiffCommand } from './commands/diff.js';
import { runEvidenceCommand, runEvidenceVerifyCommand } from './commands/evidence.js';
import { runHistoryCommand } from './commands/history.js';
import { invocationArgs } from './commands/run-outputs.js';
import { positiveInteger } from './commands/positive-integer.js';

const HISTORY_HELP = 'record the run in this history: a SQLite file or a postgres:// URL (default: $LEAKPROOF_HISTORY, else .leakproof/history.db)';

/**
 * Options of every command that runs the rules and records the run. The
 * command line as typed is kept as the `invocation` option, for the evidence
 * bundle (commander calls preAction hooks before it builds the action's options).
 */
export function withRunRecordOptions(cmd: Command): Command {
  return cmd
    .hook('preAction', (_command, action) => {
      action.setOptionValue('invocation', invocationArgs(action));
    })
    .option('--history <path|url>', HISTORY_HELP)
    .option('--no-history', 'do not record this run')
    .option('--evidence <dir|file.tar.gz>', 'also write an evidence bundle (metadata, inventory, findings, control status per framework, waivers, MANIFEST.sha256)')
    .option('--sign-key <file>', 'sign the evidence manifest with this Ed25519 private key (PEM)');
}

const historyReadOption = (cmd: Command) =>
  cmd.option('--history <path|url>', 'the history to read: a SQLite file or a postgres:// URL (default: $LEAKPROOF_HISTORY, else .leakproof/history.db)');

export function addRecordCommands(program: Command): void {
  historyReadOption(
    program
      .command('diff')
      .description('What changed between two recorded runs of a scope: new, regressed, resolved and still-open findings with their age. Exit 1 on new or regressed findings at or above --fail-on.'),
  )
    .option('--since <last|date|run-id>', 'compare with the previous run (last), the last run before a date (YYYY-MM-DD or ISO time), or a run id', 'last')
    .option('--run <run-id>', 'the later run (default: the newest run of the scope)')
    .option('--scope <scope>', 'the scope, as `leakproof history` shows it (default: the scope of the newest run)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a new or regressed unsuppressed finding is at or above this severity').choices([...FAIL_ON_VALUES]).default('high'))
    .action(async (options) => {
      process.exitCode = await runDiffCommand(options);
    });

  historyReadOption(program.command('history').description('List the recorded runs, newest first, with the ids that diff --since takes.'))
    .option('--scope <scope>', 'only this scope')
    .option('--limit <n>', 'at most this many runs', positiveInteger, 20)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (options) => {
      process.exitCode = await runHistoryCommand(options);
    });

  const evidence = program
    .command('evidence')
    .description('Write an evidence bundle from a saved inventory or a JSON report (scan and audit write one with --evidence); `evidence verify` checks one.')
    .option('--from <file>', 'a saved inventory (audit --save-inventory) or a JSON report (scan --format json)')
    .option('-o, --output <dir|file.tar.gz>', 'the bundle to write (a new folder, or an archive)')
    .option('--sign-key <file>', 'sign the manifest with this Ed25519 private key (PEM)')
    .option('--rules <dir|package>', 'include extra rules from a folder, file or npm package (repeatable)', collect, [])
    .option('--allowed-jurisdictions <codes>', 'where data may flow (inventories are re-evaluated), e.g. US,EU', collectList, [])
    .option('--allowed-regions <regions>', 'regions data may flow to, in addition to the allowed jurisdictions', collectList, [])
    .option('--config <file>', 'use this config file (waivers) instead of the .leakproof.yaml in the working directory')
    .option('--no-config', 'ignore .leakproof.yaml')
    .action(async (options, command: Command) => {
      process.exitCode = await runEvidenceCommand(options, invocationArgs(command));
    });
  evidence
    .command('verify')
    .description('Check an evidence bundle: every file against MANIFEST.sha256, no file added, and the signature. Exit 1 when anything does not match.')
    .argument('<bundle>', 'the bundle folder or .tar.gz')
    .option('--public-key <file>', 'the Ed25519 public key (PEM) the manifest must be signed with')
    .action(async (target: string, options) => {
      process.exitCode = await runEvidenceVerifyCommand(target, options);
    });
}
