/**
 * npm run bench:alicloud — audits a synthetic Alibaba Cloud account served by
 * the local endpoint (in its own process) with injected latency, and prints
 * the API calls made against the minimum needed, the wall time against
 * calls × latency / concurrency, and the audit's peak memory.
 *
 * Shape and settings from the environment: BENCH_ALI_REGIONS (4),
 * BENCH_ALI_SECURITY_GROUPS per region (1250), BENCH_ALI_INSTANCES per region
 * (500), BENCH_ALI_DATABASES per region (250), BENCH_ALI_BUCKETS (2000),
 * BENCH_ALI_LATENCY_MS (20), BENCH_ALI_CONCURRENCY per product and region (10;
 * OSS lanes four times that).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadBuiltinRules } from '../src/engine/rule-loader.js';
import type { AlicloudCallRecord } from '../src/sources/alicloud/api-client.js';
import type { Product } from '../src/sources/alicloud/products.js';
import { alicloudAuditProvider } from '../src/sources/alicloud/provider.js';
import { runAudit } from '../src/sources/live/audit-run.js';
import { liveReport } from '../src/sources/live/report.js';
import { minimumCalls, syntheticAccount, SYNTHETIC_KEY, type SyntheticShape } from './support/alicloud-synthetic.js';

const num = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v >= 0 ? v : fallback;
};

const shape: SyntheticShape = {
  regions: num('BENCH_ALI_REGIONS', 4),
  securityGroupsPerRegion: num('BENCH_ALI_SECURITY_GROUPS', 1250),
  instancesPerRegion: num('BENCH_ALI_INSTANCES', 500),
  databasesPerRegion: num('BENCH_ALI_DATABASES', 250),
  buckets: num('BENCH_ALI_BUCKETS', 2000),
};
const latencyMs = num('BENCH_ALI_LATENCY_MS', 20);
const concurrency = Math.max(1, num('BENCH_ALI_CONCURRENCY', 10));

type ChildMessage = { type: 'ready'; endpoints: Record<string, string> } | { type: 'stopped'; served: number };

function startEndpoint(): Promise<{ endpoints: Record<string, string>; stop(): Promise<number> }> {
  const child = fork(fileURLToPath(new URL('./support/alicloud-endpoint/child.js', import.meta.url)), [JSON.stringify({ shape, latencyMs })], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = () => new Promise<ChildMessage>((resolve, reject) => {
    child.once('message', (m) => resolve(m as ChildMessage));
    child.once('exit', (code) => reject(new Error(`the endpoint process exited (${code})`)));
  });
  return next().then((ready) => {
    if (ready.type !== 'ready') throw new Error('the endpoint process did not start');
    return {
      endpoints: ready.endpoints,
      stop: async () => {
        const stopped = next();
        child.send({ type: 'stop' });
        const m = await stopped;
        return m.type === 'stopped' ? m.served : -1;
      },
    };
  });
}

async function main(): Promise<void> {
  const account = syntheticAccount(shape);
  const needed = minimumCalls(account);
  const neededTotal = [...needed.values()].reduce((a, b) => a + b, 0);
  const regions = Object.keys(account.regions);
  const endpoint = await startEndpoint();

  const calls: AlicloudCallRecord[] = [];
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 10);
  const provider = alicloudAuditProvider({
    credentials: SYNTHETIC_KEY,
    regions,
    api: { endpoints: endpoint.endpoints as Partial<Record<Product, string>>, concurrency, onCall: (c) => calls.push(c) },
  });
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const outcome = await runAudit(provider, { accounts: 1, regions: regions.length });
  const auditMs = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const evaluated = liveReport(outcome, { rules: await loadBuiltinRules(), declarative: [] });
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const served = await endpoint.stop();

  // Calls per lane (product and region): each lane runs `concurrency` calls at a time, lanes run side by side.
  const lanes = new Map<string, number>();
  for (const c of calls) lanes.set(`${c.product}|${c.region}`, (lanes.get(`${c.product}|${c.region}`) ?? 0) + 1);
  const busiest = [...lanes.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const made = new Map<string, number>();
  for (const c of calls) made.set(c.action, (made.get(c.action) ?? 0) + 1);
  const extra = [...made.entries()].filter(([a, n]) => n !== (needed.get(a) ?? 0)).map(([a, n]) => `${a} ${n} (needed ${needed.get(a) ?? 0})`);

  const sgs = shape.regions * shape.securityGroupsPerRegion;
  const dbs = shape.regions * shape.databasesPerRegion;
  console.log(`bench:alicloud — ${shape.regions} regions, ${sgs} security groups, ${shape.regions * shape.instancesPerRegion} instances, ${dbs} databases, ${shape.buckets} buckets; ${latencyMs} ms per call; ${concurrency} calls at a time per product and region`);
  console.log(`  API calls made:      ${calls.length} (endpoint served ${served}); minimum needed ${neededTotal}${extra.length ? `; differing: ${extra.join(', ')}` : ' (every operation at its minimum)'}`);
  console.log(`  wall time (audit):   ${(auditMs / 1000).toFixed(2)} s; with rules ${(totalMs / 1000).toFixed(2)} s`);
  console.log(`  audit CPU time:      ${(cpuMs / 1000).toFixed(2)} s (${((cpuMs / calls.length)).toFixed(2)} ms a call: signing, HTTP, parsing; the client is CPU-bound when this nears the wall time)`);
  console.log(`  calls × latency / concurrency: ${((calls.length * latencyMs) / concurrency / 1000).toFixed(2)} s (one lane); / (concurrency × ${lanes.size} lanes): ${((calls.length * latencyMs) / (concurrency * lanes.size) / 1000).toFixed(2)} s`);
  const laneBound = (lane: string) => (lane.startsWith('oss|') ? concurrency * 4 : concurrency);
  const slowest = [...lanes.entries()].map(([lane, n]) => ({ lane, n, seconds: (n * latencyMs) / laneBound(lane) / 1000 })).sort((a, b) => b.seconds - a.seconds)[0]!;
  console.log(`  busiest lane:        ${busiest[0].replace('|', ' in ')} with ${busiest[1]} calls; slowest: ${slowest.lane.replace('|', ' in ')} (${slowest.n} calls at ${laneBound(slowest.lane)} at a time) → at least ${slowest.seconds.toFixed(2)} s`);
  console.log(`  records: ${outcome.resources.length}; findings: ${evaluated.report.findings.length}; parts not assessed: ${outcome.coverage.notAssessed.length}`);
  console.log(`  peak memory (audit process RSS): ${(peakRss / 1024 / 1024).toFixed(0)} MiB; max RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  if (outcome.coverage.notAssessed.length > 0 || calls.length !== neededTotal) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
