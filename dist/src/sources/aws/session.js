/**
 * Which AWS accounts an audit reads, and with which credentials: the SDK's
 * default chain (environment, shared config and profiles, SSO, web identity,
 * container and instance roles), a named profile, one role to assume, or every
 * active account of an organization with the same role name assumed in each.
 * Credentials stay inside the SDK's providers; nothing here prints them.
 */
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { paginateListAccounts } from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromIni, fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { redactError } from '../live/redact.js';
import { partitionOfArn, partitionOfRegion } from './arn.js';
import { AwsClientFactory } from './client-factory.js';
/** A problem with the audit's setup (no credentials, no region): a usage error, exit code 2. */
export class AwsSetupError extends Error {
    constructor(message) {
        super(message);
        this.name = 'AwsSetupError';
    }
}
const SESSION_NAME = 'leakproof-audit';
function baseCredentials(options) {
    if (options.credentials)
        return options.credentials;
    return options.profile ? fromIni({ profile: options.profile }) : fromNodeProviderChain();
}
/** The region for account-wide calls: the configured one (environment, profile), else the first one asked for. */
async function homeRegionOf(options) {
    if (options.homeRegion)
        return options.homeRegion;
    const explicit = Array.isArray(options.regions) ? options.regions[0] : undefined;
    let configured;
    try {
        configured = await new STSClient({ ...(options.profile ? { profile: options.profile } : {}) }).config.region();
    }
    catch {
        configured = undefined;
    }
    const home = configured || explicit;
    if (!home)
        throw new AwsSetupError('no AWS region: set AWS_REGION, a region in the profile, or pass --regions');
    return home;
}
function assumeRole(master, roleArn, home, options) {
    return fromTemporaryCredentials({
        masterCredentials: master,
        params: { RoleArn: roleArn, RoleSessionName: SESSION_NAME, DurationSeconds: 3600 },
        clientConfig: { region: home, ...(options.call.endpoint ? { endpoint: options.call.endpoint } : {}) },
    });
}
/** Setup failures that say "no usable credentials" in the user's words. */
function setupError(e, doing) {
    return new AwsSetupError(`${doing}: ${redactError(e)}`);
}
/**
 * The accounts to audit. One account: its id comes from GetCallerIdentity
 * (which needs no permission). An organization: ListAccounts (paginated,
 * ACTIVE only), and in each account the role is assumed when it is opened, so
 * an account whose role cannot be assumed is reported as not assessed while
 * the others are read.
 */
export async function awsTargets(options, limiter, log) {
    const home = await homeRegionOf(options);
    const base = baseCredentials(options);
    const session = (account, partition, credentials) => ({
        account,
        partition,
        homeRegion: home,
        clients: new AwsClientFactory(account, credentials, options.call, limiter, log),
    });
    if (options.orgRoleName) {
        const caller = new AwsClientFactory('organization', base, options.call, limiter, log);
        const accounts = [];
        try {
            for await (const page of paginateListAccounts({ client: caller.organizations(home) }, {}))
                for (const a of page.Accounts ?? [])
                    if (a.Id && (a.State ?? a.Status) === 'ACTIVE')
                        accounts.push({ id: a.Id, ...(a.Name ? { name: a.Name } : {}), partition: (a.Arn && partitionOfArn(a.Arn)) || partitionOfRegion(home) });
        }
        catch (e) {
            throw setupError(e, 'cannot list the organization\'s accounts (organizations:ListAccounts, from the management or a delegated administrator account)');
        }
        finally {
            caller.destroy();
        }
        const roleName = options.orgRoleName;
        return accounts.map((a) => ({
            account: a.id,
            ...(a.name ? { label: a.name } : {}),
            open: async () => {
                const credentials = assumeRole(base, `arn:${a.partition}:iam::${a.id}:role/${roleName}`, home, options);
                // Assume now, so an account whose role cannot be assumed fails here, once, with the reason.
                await credentials();
                return session(a.id, a.partition, credentials);
            },
        }));
    }
    const credentials = options.roleArn ? assumeRole(base, options.roleArn, home, options) : base;
    const identity = new AwsClientFactory('caller', credentials, options.call, limiter, log);
    let account;
    let partition;
    try {
        const who = await identity.sts(home).send(new GetCallerIdentityCommand({}));
        if (!who.Account)
            throw new Error('GetCallerIdentity returned no account');
        account = who.Account;
        partition = (who.Arn && partitionOfArn(who.Arn)) || partitionOfRegion(home);
    }
    catch (e) {
        throw setupError(e, options.roleArn ? `cannot use role ${options.roleArn}` : 'no usable AWS credentials');
    }
    finally {
        identity.destroy();
    }
    return [{ account, open: async () => session(account, partition, credentials) }];
}
/** The regions to read in one account. */
export async function awsRegions(s, requested) {
    if (Array.isArray(requested))
        return [...new Set(requested)];
    if (requested !== 'all')
        return [s.homeRegion];
    const out = await s.clients.ec2(s.homeRegion).send(new DescribeRegionsCommand({ AllRegions: false }));
    const enabled = (out.Regions ?? [])
        .filter((r) => r.RegionName && (r.OptInStatus === undefined || r.OptInStatus !== 'not-opted-in'))
        .map((r) => r.RegionName);
    return enabled.sort();
}
