/**
 * `leakproof audit alicloud`: the Alibaba Cloud account to read and how.
 * Credentials come from ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET /
 * ALIBABA_CLOUD_SECURITY_TOKEN, or a profile of the aliyun CLI's
 * ~/.aliyun/config.json (AK, StsToken, RamRoleArn); --role-arn assumes a RAM
 * role from there. --endpoint product=url points one product at another
 * endpoint (tests, private endpoints); a url may contain {region}.
 */
import { Command, Option } from 'commander';
import { AlicloudSetupError } from '../../sources/alicloud/credentials.js';
import { isProduct, PRODUCTS } from '../../sources/alicloud/products.js';
import { UsageError } from '../errors.js';
import { collect, collectList } from '../parse-options.js';
import { examples } from '../help.js';
import { positiveInt, runAuditCommand, withAuditOptions } from './audit.js';
/** cn-hangzhou, eu-central-1, cn-shanghai-finance-1 ... */
const REGION = /^[a-z]{2}(-[a-z0-9]+)+$/;
const ROLE_ARN = /^acs:ram::\d+:role\/.+$/;
function regionsOf(values) {
    if (values.length === 0)
        return undefined;
    if (values.length === 1 && values[0].toLowerCase() === 'all')
        return 'all';
    for (const r of values)
        if (!REGION.test(r))
            throw new UsageError(`--regions: '${r}' is not an Alibaba Cloud region id (e.g. cn-hangzhou, eu-central-1), nor 'all'`);
    return values;
}
function endpointsOf(values) {
    const out = {};
    for (const v of values) {
        const eq = v.indexOf('=');
        const product = eq > 0 ? v.slice(0, eq).trim().toLowerCase() : '';
        const url = eq > 0 ? v.slice(eq + 1).trim() : '';
        if (!isProduct(product))
            throw new UsageError(`--endpoint: '${v}' is not product=url with a product among ${Object.keys(PRODUCTS).join(', ')}`);
        if (!/^https?:\/\/[^\s]+$/.test(url))
            throw new UsageError(`--endpoint ${product}: '${url}' is not an http(s) URL`);
        out[product] = url;
    }
    return out;
}
export async function runAlicloudAudit(options) {
    if (options.roleArn && !ROLE_ARN.test(options.roleArn))
        throw new UsageError(`--role-arn: '${options.roleArn}' is not a RAM role ARN (acs:ram::<account id>:role/<name>)`);
    const regions = regionsOf(options.regions);
    // The Alibaba Cloud clients are loaded only for an Alibaba Cloud audit, not for every scan.
    const { alicloudAuditProvider } = await import('../../sources/alicloud/provider.js');
    const provider = alicloudAuditProvider({
        ...(options.profile ? { profile: options.profile } : {}),
        ...(regions ? { regions } : {}),
        ...(options.roleArn ? { roleArn: options.roleArn } : {}),
        api: {
            endpoints: endpointsOf(options.endpoint),
            concurrency: options.concurrency,
            retry: { maxAttempts: options.maxAttempts, attemptTimeoutMs: options.timeout * 1000 },
        },
    });
    try {
        return await runAuditCommand(provider, options);
    }
    catch (e) {
        if (e instanceof AlicloudSetupError)
            throw new UsageError(e.message);
        throw e;
    }
}
export function alicloudAuditCommand() {
    const cmd = new Command('alicloud')
        .description('Audit an Alibaba Cloud account: ECS security groups and instances, VPC, ApsaraDB RDS, Redis (KVStore), MongoDB, Elasticsearch, OSS. Read-only calls only (docs/alicloud-ram-policy.json).')
        .option('--profile <name>', 'use this profile of the aliyun CLI configuration (~/.aliyun/config.json) instead of the ALIBABA_CLOUD_* environment variables')
        .option('--regions <all|r1,r2>', "regions to read: 'all' (every region DescribeRegions lists) or a list (default: ALIBABA_CLOUD_REGION_ID or the profile's region)", collectList, [])
        .option('--role-arn <arn>', 'assume this RAM role (acs:ram::<account id>:role/<name>) and audit its account')
        .option('--endpoint <product=url>', `send a product's calls to this endpoint; url may contain {region} (products: ${Object.keys(PRODUCTS).join(', ')}) (repeatable)`, collect, [])
        .option('--concurrency <n>', 'API calls in flight per product and region', positiveInt, 8)
        .option('--max-attempts <n>', 'attempts per API call (throttling, 5xx, timeouts and dropped connections are retried with backoff)', positiveInt, 5)
        .addOption(new Option('--timeout <seconds>', 'time allowed for each attempt of an API call').argParser(positiveInt).default(30));
    return withAuditOptions(cmd)
        .addHelpText('after', examples(['leakproof audit alicloud --regions cn-hangzhou,cn-shanghai', 'credentials from ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET'], ['leakproof audit alicloud --profile prod --role-arn acs:ram::123456789012:role/leakproof-audit --regions all', 'assume a RAM role'], ['leakproof audit alicloud --format sarif -o reports/alicloud.sarif --save-inventory inventory.json']))
        .action(async (options) => {
        process.exitCode = await runAlicloudAudit(options);
    });
}
