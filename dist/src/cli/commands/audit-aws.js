/**
 * `leakproof audit aws`: the AWS account(s) to read and how. Credentials come
 * from the SDK's default chain (environment, shared config and profiles, SSO,
 * web identity, container and instance roles), or --profile; --role-arn
 * assumes one role; --org --role-name assumes the role in every active
 * account of the organization. AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE>
 * point the audit at any AWS-compatible endpoint.
 */
import { Command, Option } from 'commander';
import { UsageError } from '../errors.js';
import { collectList } from '../parse-options.js';
import { examples } from '../help.js';
import { positiveInt, runAuditCommand, withAuditOptions } from './audit.js';
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
function regionsOf(values) {
    if (values.length === 0)
        return undefined;
    if (values.length === 1 && values[0].toLowerCase() === 'all')
        return 'all';
    for (const r of values)
        if (!REGION.test(r))
            throw new UsageError(`--regions: '${r}' is not an AWS region id (e.g. eu-west-1), nor 'all'`);
    return values;
}
export async function runAwsAudit(options) {
    if (options.org && !options.roleName)
        throw new UsageError('--org needs --role-name: the role to assume in each account');
    if (options.roleName && !options.org)
        throw new UsageError('--role-name is used with --org');
    if (options.org && options.roleArn)
        throw new UsageError('--org and --role-arn do not go together: --org assumes --role-name in each account');
    if (options.roleArn && !/^arn:[^:]+:iam::\d{12}:role\/.+/.test(options.roleArn))
        throw new UsageError(`--role-arn: '${options.roleArn}' is not an IAM role ARN`);
    const regions = regionsOf(options.regions);
    // The AWS SDK is loaded only for an AWS audit: a scan must not pay its start-up time.
    const { awsAuditProvider } = await import('../../sources/aws/provider.js');
    const { AwsSetupError } = await import('../../sources/aws/session.js');
    const provider = awsAuditProvider({
        ...(options.profile ? { profile: options.profile } : {}),
        ...(regions ? { regions } : {}),
        ...(options.roleArn ? { roleArn: options.roleArn } : {}),
        ...(options.org && options.roleName ? { orgRoleName: options.roleName } : {}),
        callsPerService: options.concurrency,
        call: { maxAttempts: options.maxAttempts, connectTimeoutMs: Math.min(5_000, options.timeout * 1000), requestTimeoutMs: options.timeout * 1000, ...(options.profile ? { profile: options.profile } : {}) },
    });
    try {
        return await runAuditCommand(provider, options);
    }
    catch (e) {
        if (e instanceof AwsSetupError)
            throw new UsageError(e.message);
        throw e;
    }
}
export function awsAuditCommand() {
    const cmd = new Command('aws')
        .description('Audit AWS accounts: EC2/VPC, S3, RDS (and DocumentDB, Neptune), Redshift, OpenSearch/Elasticsearch, ElastiCache, DynamoDB. Read-only calls only (docs/aws-iam-policy.json).')
        .option('--profile <name>', 'use this named profile of the shared config and credentials files')
        .option('--regions <all|r1,r2>', "regions to read: 'all' (every enabled region) or a list (default: the configured region)", collectList, [])
        .option('--role-arn <arn>', 'assume this role and audit its account')
        .option('--org', "audit every active account of the organization (run from the management or a delegated administrator account)")
        .option('--role-name <name>', 'with --org: the role to assume in each account')
        .option('--concurrency <n>', 'API calls in flight per account, region and service', positiveInt, 4)
        .option('--max-attempts <n>', 'attempts per API call (throttling and 5xx are retried with backoff)', positiveInt, 5)
        .addOption(new Option('--timeout <seconds>', 'time allowed for each attempt of an API call').argParser(positiveInt).default(30));
    return withAuditOptions(cmd)
        .addHelpText('after', examples(['leakproof audit aws --profile audit --regions all', 'every enabled region of one account'], ['leakproof audit aws --org --role-name LeakproofAudit --regions eu-west-1,eu-central-1', 'every account of the organization'], ['leakproof audit aws --format html -o reports/audit.html --save-inventory inventory.json', 'keep the inventory; `leakproof scan inventory.json` re-judges it offline'], ['leakproof audit aws --no-history --format json -o - | jq .summary', 'record nothing, JSON on stdout']))
        .action(async (options) => {
        process.exitCode = await runAwsAudit(options);
    });
}
