/**
 * The run-history and evidence part of the command line: the options scan
 * and audit take (--history, --no-history, --evidence, --sign-key), and the
 * commands that read what they record (diff, history, evidence).
 */
import { Option } from 'commander';
import { FAIL_ON_VALUES, collect, collectList } from './parse-options.js';
import { runDiffCommand } from './commands/diff.js';
import { runEvidenceCommand, runEvidenceVerifyCommand } from './commands/evidence.js';
import { runHistoryCommand } from './commands/history.js';
import { invocationArgs } from './commands/run-outputs.js';
import { positiveInteger } from './commands/positive-integer.js';
import { UsageError } from './errors.js';
import { examples } from './help.js';
const HISTORY_HELP = 'record the run in this history: a SQLite file or a postgres:// URL (default: $LEAKPROOF_HISTORY, else `history:` in the config, else nowhere for a scan and, for an audit, history.db in $XDG_STATE_HOME/leakproof or ~/.local/state/leakproof)';
/**
 * Options of every command that runs the rules and records the run. The
 * command line as typed is kept as the `invocation` option, for the evidence
 * bundle (commander calls preAction hooks before it builds the action's options).
 */
export function withRunRecordOptions(cmd) {
    return cmd
        .hook('preAction', (_command, action) => {
        action.setOptionValue('invocation', invocationArgs(action));
    })
        .option('--history <path|url>', HISTORY_HELP)
        .option('--no-history', 'do not record this run (an audit records by default)')
        .option('--evidence <dir|file.tar.gz>', 'also write an evidence bundle (metadata, inventory, findings, control status per framework, waivers, MANIFEST.sha256)')
        .option('--sign-key <file>', 'sign the evidence manifest with this Ed25519 private key (PEM)');
}
const historyReadOption = (cmd) => cmd.option('--history <path|url>', 'the history to read: a SQLite file or a postgres:// URL (default: $LEAKPROOF_HISTORY, else `history:` in .leakproof.yaml, else history.db in $XDG_STATE_HOME/leakproof or ~/.local/state/leakproof, where audits record)');
export function addRecordCommands(program) {
    historyReadOption(program
        .command('diff')
        .description('What changed between two recorded runs of a scope: new, regressed, resolved and still-open findings with their age. Exit 1 on new or regressed findings at or above --fail-on.'))
        .option('--since <last|date|run-id>', 'compare with the previous run (last), the last run before a date (YYYY-MM-DD or ISO time), or a run id', 'last')
        .option('--run <run-id>', 'the later run (default: the newest run of the scope)')
        .option('--scope <scope>', 'the scope, as `leakproof history` shows it (default: the scope of the newest run)')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
        .addOption(new Option('--fail-on <severity>', 'exit 1 when a new or regressed unsuppressed finding is at or above this severity').choices([...FAIL_ON_VALUES]).default('high'))
        .addHelpText('after', examples(['leakproof diff', 'the newest run against the one before it'], ['leakproof diff --since "$(date -u -d \'7 days ago\' +%F)"', 'against the last run before a week ago (GNU date)'], ['leakproof diff --since RUN-ID --format markdown', 'RUN-ID as `leakproof history` lists it'], ['LEAKPROOF_HISTORY=postgres://ci@db.internal/leakproof leakproof diff --fail-on critical', 'a shared history']))
        .action(async (options) => {
        process.exitCode = await runDiffCommand(options);
    });
    historyReadOption(program.command('history').description('List the recorded runs, newest first, with the ids that diff --since takes.'))
        .option('--scope <scope>', 'only this scope')
        .option('--limit <n>', 'at most this many runs', positiveInteger, 20)
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
        .addHelpText('after', examples(['leakproof history'], ['leakproof history --scope "scan infra" --limit 5'], ['leakproof history --history ci-history.db --format json']))
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
        .addHelpText('after', examples(['leakproof evidence --from inventory.json -o evidence/', 'from a saved inventory (audit --save-inventory)'], ['leakproof evidence --from report.json -o evidence.tar.gz --sign-key key.pem', 'from a JSON report, signed']))
        .action(async (options, command) => {
        if (options.output === '-')
            throw new UsageError('an evidence bundle is a folder or a .tar.gz file, not stdout: give -o DIR or -o FILE.tar.gz');
        process.exitCode = await runEvidenceCommand(options, invocationArgs(command));
    });
    evidence
        .command('verify')
        .description('Check an evidence bundle: every file against MANIFEST.sha256, no file added, and the signature. Exit 1 when anything does not match.')
        .argument('<bundle>', 'the bundle folder or .tar.gz')
        .option('--public-key <file>', 'the Ed25519 public key (PEM) the manifest must be signed with')
        .addHelpText('after', examples(['leakproof evidence verify evidence.tar.gz'], ['leakproof evidence verify evidence/ --public-key key.pub.pem', 'require this signer']))
        .action(async (target, options) => {
        process.exitCode = await runEvidenceVerifyCommand(target, options);
    });
}
