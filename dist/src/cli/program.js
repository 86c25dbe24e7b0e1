/**
 * The leakproof command line (commands and exit codes); bin entry is main.ts. Exit codes: 0 nothing at or above --fail-on,
 * 1 findings at or above it, 2 usage, configuration or input error.
 */
import { Command, CommanderError, Option } from 'commander';
import { TOOL_VERSION } from '../version.js';
import { UsageError } from './errors.js';
import { collect, collectList, FAIL_ON_VALUES, parseParameterAssignment, parseVarAssignment } from './parse-options.js';
import { REPORT_FORMATS } from '../reporters/index.js';
import { runScanCommand } from './commands/scan.js';
import { runBaselineCommand } from './commands/baseline.js';
import { runRulesCommand } from './commands/rules.js';
import { runExplainCommand } from './commands/explain.js';
import { addRecordCommands, withRunRecordOptions } from './record-commands.js';
import { invocationArgs } from './commands/run-outputs.js';
import { auditCommand } from './commands/audit.js';
import { applyHelpHabits, examples, expandHelpCommand } from './help.js';
import { setTerminalChoice } from './terminal.js';
import { escapeControlKeepLines } from '../reporters/escape.js';
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;
/** How the inputs are evaluated: Terraform variables, template region and parameters, plan configuration. */
function inputOptions(command) {
    return command
        .option('--var <name=value>', 'set a Terraform input variable (repeatable)', parseVarAssignment, [])
        .option('--var-file <file>', 'read Terraform variables from a .tfvars or .tfvars.json file (repeatable)', collect, [])
        .option('--region <region>', 'the region CloudFormation / ROS templates are deployed to (AWS::Region); unknown when absent')
        .option('--parameter <Key=Value>', 'a CloudFormation / ROS parameter value (repeatable)', parseParameterAssignment, [])
        .option('--parameter-file <file>', 'CloudFormation / ROS parameter values: AWS CLI [{ParameterKey, ParameterValue}] list or a plain map (repeatable)', collect, [])
        .option('--tf-dir <dir>', 'the Terraform folder a plan JSON was made from, for file:line locations (default: the plan\'s own folder)')
        .option('--exclude <glob>', 'skip paths matching this gitignore-like glob, relative to each scanned folder, e.g. vendor/** or **/.terragrunt-cache/** (repeatable; added to exclude: in the config)', collect, []);
}
function buildProgram() {
    const program = new Command();
    program
        .name('leakproof')
        .description('Finds the cloud misconfigurations that become data leaks: reachable databases, open firewalls, public storage, cross-jurisdiction replication.')
        .version(TOOL_VERSION, '-V, --version')
        // Global: accepted before or after the command name (`leakproof scan --quiet`).
        .option('-q, --quiet', 'print only errors on stderr: no progress, warnings or notes')
        .option('--no-color', 'no colour in the text report (also NO_COLOR=1; FORCE_COLOR=1 forces it through a pipe)')
        .hook('preAction', (root) => {
        const { quiet, color } = root.opts();
        setTerminalChoice({ quiet: !!quiet, color });
    })
        .addHelpText('after', examples(['leakproof scan infra/', 'Terraform, plan JSON, CloudFormation or ROS files and folders'], ['leakproof scan infra/ --format sarif -o reports/leakproof.sarif', 'for code scanning in CI'], ['leakproof audit aws --regions all', 'a live account, read-only'], ['leakproof help audit aws', 'the options of one command']));
    withRunRecordOptions(inputOptions(program
        .command('scan')
        .description('Scan Terraform (HCL and plan JSON), CloudFormation and Alibaba ROS files and folders. Each path is scanned as its own unit.')
        .argument('[paths...]', 'files or folders to scan', ['.'])))
        .addOption(new Option('-f, --format <formats>', `report format(s): ${REPORT_FORMATS.join(', ')}; several at once as a list, each optionally with its own file (text,sarif=out.sarif) (repeatable)`)
        .argParser(collect)
        .default([], 'text'))
        .option('-o, --output <path>', 'write the report to this file (missing folders are created; - is stdout); with several formats without their own file, a folder')
        .addOption(new Option('--fail-on <severity>', 'exit 1 when an unsuppressed finding is at or above this severity (default: fail-on in the config, else high)').choices([...FAIL_ON_VALUES]))
        .option('--rules <dir|package>', 'load extra rules from a folder, file or npm package (repeatable)', collect, [])
        .option('--allowed-jurisdictions <codes>', 'where data may flow, e.g. US,EU (default: the source region\'s own jurisdiction)', collectList, [])
        .option('--allowed-regions <regions>', 'regions data may flow to, in addition to the allowed jurisdictions', collectList, [])
        .option('--config <file>', 'use this config file instead of the .leakproof.yaml found upward from the scanned path')
        .option('--no-config', 'ignore .leakproof.yaml')
        .option('--trust-config', 'let a .leakproof.yaml found in the scanned tree load JavaScript rules (never on untrusted code, e.g. pull requests)')
        .option('--baseline <file>', 'report baselined findings as suppressed and fail only on new ones')
        .option('--severity <list>', 'report only these severities, e.g. critical,high', collectList, [])
        .option('--category <list>', 'report only these categories, e.g. public-datastore,open-firewall', collectList, [])
        .option('--rule <ids>', 'run only these rules (ids or globs, e.g. LP-DB-*)', collectList, [])
        .option('--skip-rule <ids>', 'do not run these rules (ids or globs)', collectList, [])
        .option('--framework <id>', 'run only the rules that test controls of this compliance framework (see leakproof rules --framework)')
        .option('--allow-partial', 'judge the exit code by findings alone when a saved inventory says part of an account was not assessed (default: exit 2)')
        .option('--report-unused-suppressions', 'list suppression comments and waivers that match no finding')
        .option('--show-suppressed', 'include suppressed findings in the text report')
        .option('--sarif-include-suppressed', 'keep suppressed findings in SARIF, marked with SARIF suppressions (GitHub code scanning ignores those and shows them as open alerts)')
        .option('--verbose', 'also list skipped files and other notes')
        .addHelpText('after', examples(['leakproof scan', 'the current folder'], ['leakproof scan infra/ --fail-on critical', 'exit 1 only on critical findings'], ['leakproof scan infra/ --format sarif -o reports/leakproof.sarif', 'the folder is created'], ['leakproof scan infra/ --format text,sarif=leakproof.sarif,junit=junit.xml', 'text on stdout, two files'], ['leakproof scan infra/ --format json -o - | jq .summary', '-o - is stdout'], ['terraform show -json tf.plan > plan.json && leakproof scan plan.json', 'a plan, with resolved values'], ['leakproof scan template.yaml --region eu-west-1 --parameter Env=prod', 'CloudFormation'], ['leakproof scan infra/ --history history.db && leakproof diff --history history.db', 'keep a run history (off by default)']))
        .action(async (paths, options, command) => {
        process.exitCode = await runScanCommand(paths, options, invocationArgs(command));
    });
    inputOptions(program
        .command('baseline')
        .description('Record the current findings so that `scan --baseline FILE` fails only on new ones.')
        .argument('[paths...]', 'files or folders to scan', ['.']))
        .option('-o, --output <file>', 'baseline file to write (- is stdout)', '.leakproof-baseline.json')
        .option('--rules <dir|package>', 'load extra rules from a folder, file or npm package (repeatable)', collect, [])
        .option('--allowed-jurisdictions <codes>', 'where data may flow, e.g. US,EU', collectList, [])
        .option('--allowed-regions <regions>', 'regions data may flow to, in addition to the allowed jurisdictions', collectList, [])
        .option('--config <file>', 'use this config file instead of the .leakproof.yaml found upward from the scanned path')
        .option('--no-config', 'ignore .leakproof.yaml')
        .option('--trust-config', 'let a .leakproof.yaml found in the scanned tree load JavaScript rules (never on untrusted code, e.g. pull requests)')
        .option('--rule <ids>', 'record only these rules (ids or globs)', collectList, [])
        .option('--skip-rule <ids>', 'do not record these rules (ids or globs)', collectList, [])
        .option('--verbose', 'also list skipped files and other notes')
        .addHelpText('after', examples(['leakproof baseline infra/', 'writes .leakproof-baseline.json'], ['leakproof scan infra/ --baseline .leakproof-baseline.json', 'then fail only on new findings'], ['leakproof baseline infra/ -o -', 'the baseline on stdout']))
        .action(async (paths, options) => {
        process.exitCode = await runBaselineCommand(paths, options);
    });
    program
        .command('rules')
        .description('List the rules: id, severity, category and title.')
        .option('--rules <dir|package>', 'include extra rules from a folder, file or npm package (repeatable)', collect, [])
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('--framework <id>', 'list only the rules that test or inform controls of this framework, with the control ids')
        .addHelpText('after', examples(['leakproof rules'], ['leakproof rules --framework cis-aws', 'with the CIS AWS control ids'], ['leakproof rules --rules ./our-rules --format json', 'with your own rules']))
        .action(async (options) => {
        process.exitCode = await runRulesCommand(options);
    });
    program
        .command('explain')
        .description('Explain one rule: what it checks, why it matters and how to fix it.')
        .argument('<rule-id>', 'e.g. LP-DB-001')
        .option('--rules <dir|package>', 'include extra rules from a folder, file or npm package (repeatable)', collect, [])
        .addHelpText('after', examples(['leakproof explain LP-DB-001'], ['leakproof explain LP-FW-002 | less']))
        .action(async (ruleId, options) => {
        process.exitCode = await runExplainCommand(ruleId, options);
    });
    program.addCommand(auditCommand());
    addRecordCommands(program);
    return applyHelpHabits(program);
}
export async function main(argv) {
    process.exitCode = EXIT_OK;
    setTerminalChoice({ quiet: false, color: true });
    try {
        const program = buildProgram();
        await program.parseAsync(expandHelpCommand(argv, program));
        return Number(process.exitCode ?? EXIT_OK);
    }
    catch (e) {
        if (e instanceof CommanderError) {
            // --help and --version end here too, with exit code 0.
            return e.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
        }
        if (e instanceof UsageError) {
            // Several lines at most ("\nleakproof: ..."), each of which may quote scanned text.
            process.stderr.write(`leakproof: ${escapeControlKeepLines(e.message)}\n`);
            return EXIT_ERROR;
        }
        process.stderr.write(`leakproof: internal error: ${e.stack ?? String(e)}\n`);
        return EXIT_ERROR;
    }
}
