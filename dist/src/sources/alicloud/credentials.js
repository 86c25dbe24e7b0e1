/**
 * Where an Alibaba Cloud audit gets its credentials, in the order the
 * Alibaba Cloud CLI and SDKs use: the environment
 * (ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / ALIBABA_CLOUD_SECURITY_TOKEN), else
 * a profile of the aliyun CLI's ~/.aliyun/config.json (the named one, else
 * ALIBABA_CLOUD_PROFILE, else the file's current one) in mode AK, StsToken or
 * RamRoleArn. Values are never printed: errors name the source, not the key.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
/** A problem with the audit's setup (no credentials, an unusable profile, no region): a usage error, exit code 2. */
export class AlicloudSetupError extends Error {
    constructor(message) {
        super(message);
        this.name = 'AlicloudSetupError';
    }
}
const nonEmpty = (s) => (s !== undefined && s.trim() !== '' ? s.trim() : undefined);
function fromEnvironment(env) {
    const accessKeyId = nonEmpty(env.ALIBABA_CLOUD_ACCESS_KEY_ID);
    const accessKeySecret = nonEmpty(env.ALIBABA_CLOUD_ACCESS_KEY_SECRET);
    if (!accessKeyId && !accessKeySecret)
        return undefined;
    if (!accessKeyId || !accessKeySecret)
        throw new AlicloudSetupError('the environment sets only one of ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET');
    const securityToken = nonEmpty(env.ALIBABA_CLOUD_SECURITY_TOKEN);
    const region = nonEmpty(env.ALIBABA_CLOUD_REGION_ID);
    return { credentials: { accessKeyId, accessKeySecret, ...(securityToken ? { securityToken } : {}) }, ...(region ? { region } : {}), origin: 'environment' };
}
function readProfiles(file) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new AlicloudSetupError(`cannot read ${file}: ${e.message}`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        // The parser's message may quote the file, secrets included: say only where.
        throw new AlicloudSetupError(`${file} is not valid JSON`);
    }
    return { ...(typeof json.current === 'string' ? { current: json.current } : {}), profiles: Array.isArray(json.profiles) ? json.profiles : [] };
}
function fromProfile(p, origin) {
    const mode = p.mode ?? 'AK';
    const accessKeyId = nonEmpty(p.access_key_id);
    const accessKeySecret = nonEmpty(p.access_key_secret);
    if (!accessKeyId || !accessKeySecret)
        throw new AlicloudSetupError(`${origin} (mode ${mode}) has no access_key_id / access_key_secret`);
    const region = nonEmpty(p.region_id);
    const base = { credentials: { accessKeyId, accessKeySecret }, ...(region ? { region } : {}), origin };
    switch (mode) {
        case 'AK':
            return base;
        case 'StsToken': {
            const securityToken = nonEmpty(p.sts_token);
            if (!securityToken)
                throw new AlicloudSetupError(`${origin} (mode StsToken) has no sts_token`);
            return { ...base, credentials: { ...base.credentials, securityToken } };
        }
        case 'RamRoleArn': {
            const roleArn = nonEmpty(p.ram_role_arn);
            if (!roleArn)
                throw new AlicloudSetupError(`${origin} (mode RamRoleArn) has no ram_role_arn`);
            return { ...base, roleArn, ...(nonEmpty(p.ram_session_name) ? { roleSessionName: p.ram_session_name.trim() } : {}), ...(p.expired_seconds ? { durationSeconds: p.expired_seconds } : {}) };
        }
        default:
            throw new AlicloudSetupError(`${origin} uses mode ${mode}; leakproof reads AK, StsToken and RamRoleArn profiles (or the ALIBABA_CLOUD_* environment variables)`);
    }
}
/** The credentials to start from; throws AlicloudSetupError when there are none or they are unusable. */
export function resolveCredentialSource(options = {}) {
    const env = options.env ?? process.env;
    // An explicit --profile wins over the environment, as with the aliyun CLI.
    if (!options.profile) {
        const fromEnv = fromEnvironment(env);
        if (fromEnv)
            return fromEnv;
    }
    const file = options.configFile ?? path.join(os.homedir(), '.aliyun', 'config.json');
    const config = readProfiles(file);
    const wanted = options.profile ?? nonEmpty(env.ALIBABA_CLOUD_PROFILE) ?? config?.current ?? 'default';
    if (!config) {
        throw new AlicloudSetupError(options.profile
            ? `profile ${options.profile}: ${file} does not exist`
            : 'no Alibaba Cloud credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure a profile with `aliyun configure`');
    }
    const profile = config.profiles.find((p) => p.name === wanted);
    if (!profile)
        throw new AlicloudSetupError(`profile ${wanted} is not in ${file}`);
    return fromProfile(profile, `profile ${wanted} (${file})`);
}
