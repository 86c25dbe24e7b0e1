import { Coverage } from './coverage.js';
import { Limiter, mapLimited } from './limiter.js';
import { redactError } from './redact.js';
export async function runAudit(provider, limits, progress = () => { }) {
    const startedAt = new Date().toISOString();
    const coverage = new Coverage(provider.provider);
    const targets = await provider.targets();
    const regionLimiter = (n) => new Limiter(Math.max(1, n));
    const perAccount = await mapLimited(targets, limits.accounts, async (target) => {
        coverage.noteAccount(target.account);
        const who = target.label ? `${target.account} (${target.label})` : target.account;
        progress({ account: target.account, message: `opening account ${who}` });
        let session;
        try {
            session = await target.open();
        }
        catch (e) {
            coverage.notAssessed({ account: target.account, region: 'global', service: '*', scope: 'the whole account (its credentials could not be obtained)' }, redactError(e));
            return [];
        }
        try {
            let regions;
            try {
                regions = await provider.regions(session, target.account);
            }
            catch (e) {
                coverage.notAssessed({ account: target.account, region: 'global', service: '*', scope: 'the whole account (its regions could not be listed)' }, redactError(e));
                return [];
            }
            for (const r of regions)
                coverage.noteRegion(r);
            const snapshot = provider.newSnapshot(target.account, session, regions);
            let partsRead = 0;
            const base = {
                account: target.account,
                session,
                snapshot,
                regions,
                progress,
                part: async (scope, read) => {
                    const result = await coverage.run({ ...scope, account: target.account }, read);
                    progress({ account: target.account, region: scope.region, service: scope.service, message: `${scope.scope} (${++partsRead} parts read)` });
                    return result;
                },
            };
            const limiter = regionLimiter(limits.regions);
            await Promise.all([
                ...provider.accountCollectors.map(async (c) => {
                    progress({ account: target.account, region: 'global', service: c.service, message: 'reading' });
                    await guarded(coverage, { account: target.account, region: 'global', service: c.service }, () => c.collect(base));
                }),
                ...regions.map((region) => limiter.run(async () => {
                    await Promise.all(provider.regionalCollectors.map(async (c) => {
                        progress({ account: target.account, region, service: c.service, message: 'reading' });
                        await guarded(coverage, { account: target.account, region, service: c.service }, () => c.collect({ ...base, region }));
                    }));
                })),
            ]);
            progress({ account: target.account, message: 'building the model' });
            return provider.normalize(snapshot);
        }
        finally {
            provider.close?.(session);
        }
    });
    return {
        provider: provider.provider,
        startedAt,
        finishedAt: new Date().toISOString(),
        resources: perAccount.flat(),
        coverage: coverage.snapshot(),
    };
}
/** A collector that throws (a bug, not a failed call) loses only its own service, and says so. */
async function guarded(coverage, where, collect) {
    try {
        await collect();
    }
    catch (e) {
        coverage.notAssessed({ ...where, scope: 'everything this collector reads (it failed unexpectedly)' }, redactError(e));
    }
}
