import { AlicloudApi } from './api-client.js';
import { mongoCollector, rdsCollector, redisCollector } from './collect/databases.js';
import { ecsCollector } from './collect/ecs.js';
import { elasticsearchCollector } from './collect/elasticsearch.js';
import { ossCollector } from './collect/oss.js';
import { vpcCollector } from './collect/vpc.js';
import { items, text } from './collect/wire.js';
import { AlicloudSetupError, resolveCredentialSource } from './credentials.js';
import { normalizeAlicloud } from './normalize/index.js';
const SESSION_NAME = 'leakproof-audit';
/** Where DescribeRegions is asked when no region is configured: it lists every region from any of them. */
const SEED_REGION = 'cn-hangzhou';
function setupError(e, doing) {
    const err = e;
    return new AlicloudSetupError(`${doing}: ${err.name && err.name !== 'Error' ? `${err.name}: ` : ''}${err.message}`);
}
async function assumeRole(base, roleArn, sessionName, duration, options) {
    const sts = new AlicloudApi({ ...options.api, credentials: base });
    try {
        const reply = await sts.rpc('sts', 'global', 'AssumeRole', { RoleArn: roleArn, RoleSessionName: sessionName, DurationSeconds: duration });
        const c = (reply.Credentials ?? {});
        const accessKeyId = text(c, 'AccessKeyId');
        const accessKeySecret = text(c, 'AccessKeySecret');
        const securityToken = text(c, 'SecurityToken');
        if (!accessKeyId || !accessKeySecret || !securityToken)
            throw new Error('AssumeRole answered without credentials');
        return { accessKeyId, accessKeySecret, securityToken };
    }
    catch (e) {
        throw setupError(e, `cannot assume role ${roleArn}`);
    }
    finally {
        sts.close();
    }
}
export function alicloudAuditProvider(options) {
    let homeRegion;
    return {
        provider: 'alicloud',
        async targets() {
            const source = options.credentials ? { credentials: options.credentials, origin: 'given credentials' } : resolveCredentialSource(options);
            homeRegion = (Array.isArray(options.regions) ? options.regions[0] : undefined) ?? ('region' in source ? source.region : undefined) ?? nonEmpty(options.env?.ALIBABA_CLOUD_REGION_ID ?? process.env.ALIBABA_CLOUD_REGION_ID);
            if (!homeRegion && options.regions !== 'all')
                throw new AlicloudSetupError('no Alibaba Cloud region: pass --regions (a list, or all), set ALIBABA_CLOUD_REGION_ID, or give the profile a region_id');
            let credentials = source.credentials;
            // A RamRoleArn profile leads into its role first; --role-arn is assumed from there.
            if ('roleArn' in source && source.roleArn)
                credentials = await assumeRole(credentials, source.roleArn, source.roleSessionName ?? SESSION_NAME, source.durationSeconds ?? 3600, options);
            if (options.roleArn)
                credentials = await assumeRole(credentials, options.roleArn, SESSION_NAME, 3600, options);
            const api = new AlicloudApi({ ...options.api, credentials });
            let accountId;
            let identityArn;
            try {
                const who = await api.rpc('sts', 'global', 'GetCallerIdentity', {});
                const id = text(who, 'AccountId');
                if (!id)
                    throw new Error('GetCallerIdentity returned no account');
                accountId = id;
                identityArn = text(who, 'Arn');
            }
            catch (e) {
                api.close();
                throw setupError(e, `no usable Alibaba Cloud credentials (${source.origin}${options.roleArn ? `, role ${options.roleArn}` : ''})`);
            }
            return [{ account: accountId, open: async () => ({ api, accountId, ...(identityArn ? { identityArn } : {}) }) }];
        },
        async regions(session) {
            if (Array.isArray(options.regions))
                return [...new Set(options.regions)];
            if (options.regions !== 'all')
                return [homeRegion];
            const reply = await session.api.rpc('ecs', homeRegion ?? SEED_REGION, 'DescribeRegions', {});
            return items(reply, 'Regions', 'Region')
                .map((r) => text(r, 'RegionId'))
                .filter((r) => r !== undefined)
                .sort();
        },
        newSnapshot: (account, _session, regions) => ({ account, regions, byRegion: new Map() }),
        accountCollectors: [ossCollector],
        regionalCollectors: [ecsCollector, vpcCollector, rdsCollector, redisCollector, mongoCollector, elasticsearchCollector],
        normalize: normalizeAlicloud,
        close: (session) => session.api.close(),
    };
}
function nonEmpty(s) {
    return s !== undefined && s.trim() !== '' ? s.trim() : undefined;
}
