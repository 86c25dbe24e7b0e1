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
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { AuditTarget } from '../live/audit-run.js';
import type { KeyedLimiter } from '../live/limiter.js';
import { redactError } from '../live/redact.js';
import { partitionOfArn, partitionOfRegion } from './arn.js';
import type { CallLog } from './call-log.js';
import { AwsClientFactory, type AwsCallSettings } from './client-factory.js';

export interface AwsSession {
  account: string;
  partition: string;
  /** Where account-wide calls go (S3 listing, S3 Control, the first audited region for global listings). */
  homeRegion: string;
  clients: AwsClientFactory;
}

export interface AwsAccessOptions {
  profile?: string;
  /** Where account-wide calls go; else the configured region (environment, profile), else the first of `regions`. */
  homeRegion?: string;
  /** Explicit regions, 'all' (every enabled region), or absent (the configured region). */
  regions?: 'all' | string[];
  /** Assume this role (in one account). */
  roleArn?: string;
  /** Every active account of the organization, assuming this role name in each. */
  orgRoleName?: string;
  /** Credentials to use instead of the default chain (embedding, tests). */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  call: AwsCallSettings;
}

/** A problem with the audit's setup (no credentials, no region): a usage error, exit code 2. */
export class AwsSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AwsSetupError';
  }
}

const SESSION_NAME = 'leakproof-audit';

function baseCredentials(options: AwsAccessOptions): AwsCredentialIdentity | AwsCredentialIdentityProvider {
  if (options.credentials) return options.credentials;
  return options.profile ? fromIni({ profile: options.profile }) : fromNodeProviderChain();
}

/** The region for account-wide calls: the configured one (environment, profile), else the first one asked for. */
async function homeRegionOf(options: AwsAccessOptions): Promise<string> {
  if (options.homeRegion) return options.homeRegion;
  const explicit = Array.isArray(options.regions) ? options.regions[0] : undefined;
  let configured: string | undefined;
  try {
    configured = await new STSClient({ ...(options.profile ? { profile: options.profile } : {}) }).config.region();
  } catch {
    configured = undefined;
  }
  const home = configured || explicit;
  if (!home) throw new AwsSetupError('no AWS region: set AWS_REGION, a region in the profile, or pass --regions');
  return home;
}

function assumeRole(master: AwsCredentialIdentity | AwsCredentialIdentityProvider, roleArn: string, home: string, options: AwsAccessOptions): AwsCredentialIdentityProvider {
  return fromTemporaryCredentials({
    masterCredentials: master,
    params: { RoleArn: roleArn, RoleSessionName: SESSION_NAME, DurationSeconds: 3600 },
    clientConfig: { region: home, ...(options.call.endpoint ? { endpoint: options.call.endpoint } : {}) },
  });
}

/** Setup failures that say "no usable credentials" in the user's words. */
function setupError(e: unknown, doing: string): AwsSetupError {
  return new AwsSetupError(`${doing}: ${redactError(e)}`);
}

/**
 * The accounts to audit. One account: its id comes from GetCallerIdentity
 * (which needs no permission). An organization: ListAccounts (paginated,
 * ACTIVE only), and in each account the role is assumed when it is opened, so
 * an account whose role cannot be assumed is reported as not assessed while
 * the others are read.
 */
export async function awsTargets(options: AwsAccessOptions, limiter: KeyedLimiter, log: CallLog): Promise<AuditTarget<AwsSession>[]> {
  const home = await homeRegionOf(options);
  const base = baseCredentials(options);
  const session = (account: string, partition: string, credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider): AwsSession => ({
    account,
    partition,
    homeRegion: home,
    clients: new AwsClientFactory(account, credentials, options.call, limiter, log),
  });

  if (options.orgRoleName) {
    const caller = new AwsClientFactory('organization', base, options.call, limiter, log);
    const accounts: Array<{ id: string; name?: string; partition: string }> = [];
    try {
      for await (const page of paginateListAccounts({ client: caller.organizations(home) }, {}))
        for (const a of page.Accounts ?? [])
          if (a.Id && (a.State ?? a.Status) === 'ACTIVE') accounts.push({ id: a.Id, ...(a.Name ? { name: a.Name } : {}), partition: (a.Arn && partitionOfArn(a.Arn)) || partitionOfRegion(home) });
    } catch (e) {
      throw setupError(e, 'cannot list the organization\'s accounts (organizations:ListAccounts, from the management or a delegated administrator account)');
    } finally {
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
  let account: string;
  let partition: string;
  try {
    const who = await identity.sts(home).send(new GetCallerIdentityCommand({}));
    if (!who.Account) throw new Error('GetCallerIdentity returned no account');
    account = who.Account;
    partition = (who.Arn && partitionOfArn(who.Arn)) || partitionOfRegion(home);
  } catch (e) {
    throw setupError(e, options.roleArn ? `cannot use role ${options.roleArn}` : 'no usable AWS credentials');
  } finally {
    identity.destroy();
  }
  return [{ account, open: async () => session(account, partition, credentials) }];
}

/** The regions to read in one account. */
export async function awsRegions(s: AwsSession, requested: AwsAccessOptions['regions']): Promise<string[]> {
  if (Array.isArray(requested)) return [...new Set(requested)];
  if (requested !== 'all') return [s.homeRegion];
  const out = await s.clients.ec2(s.homeRegion).send(new DescribeRegionsCommand({ AllRegions: false }));
  const enabled = (out.Regions ?? [])
    .filter((r) => r.RegionName && (r.OptInStatus === undefined || r.OptInStatus !== 'not-opted-in'))
    .map((r) => r.RegionName!);
  return enabled.sort();
}
