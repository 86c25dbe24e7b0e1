/**
 * npm run bench:aws — audits a synthetic AWS account served by the fake
 * endpoint (in its own process) with injected latency, and prints:
 *   - API calls made against the minimum needed to read every setting the rules use;
 *   - wall time against calls × latency / concurrency (the time if every allowed
 *     slot were busy for the whole audit);
 *   - the most requests the endpoint answered at once;
 *   - peak memory of the auditing process.
 * Sizes and settings: BENCH_AWS_LATENCY_MS (default 20), BENCH_AWS_CONCURRENCY
 * (calls in flight per region and service, default 4), BENCH_AWS_SGS (5000),
 * BENCH_AWS_DBS (1000), BENCH_AWS_BUCKETS (2000), 4 regions.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Before the SDK loads: its Node-version notice is not part of the measurement.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const { STATS_PATH } = await import('./support/aws-endpoint/server.js');
const { awsAuditProvider, S3_BOUND_FACTOR } = await import('../src/sources/aws/provider.js');
const { runAudit } = await import('../src/sources/live/audit-run.js');
const { liveReport } = await import('../src/sources/live/report.js');
const { loadBuiltinRules } = await import('../src/engine/rule-loader.js');

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const latencyMs = env('BENCH_AWS_LATENCY_MS', 20);
const concurrency = env('BENCH_AWS_CONCURRENCY', 4);
const regions = ['us-east-1', 'eu-west-1', 'ap-southeast-1', 'sa-east-1'];
const size = {
  accountId: '101010101010',
  accessKeyId: 'AKIABENCHMARKFAKE001',
  regions,
  securityGroups: env('BENCH_AWS_SGS', 5000),
  databases: env('BENCH_AWS_DBS', 1000),
  buckets: env('BENCH_AWS_BUCKETS', 2000),
};

async function startEndpoint(): Promise<{ url: string; minimumCalls: number; stop: () => void }> {
  const serve = path.join(path.dirname(fileURLToPath(import.meta.url)), 'support', 'aws-endpoint', 'serve.js');
  const child = spawn(process.execPath, [serve, JSON.stringify({ ...size, latencyMs })], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  const info = JSON.parse(line.toString('utf8').split('\n')[0]!) as { url: string; minimumCalls: number };
  return { ...info, stop: () => child.kill('SIGTERM') };
}

async function main(): Promise<void> {
  const endpoint = await startEndpoint();
  try {
    const provider = awsAuditProvider({
      homeRegion: regions[0],
      regions: 'all',
      credentials: { accessKeyId: size.accessKeyId, secretAccessKey: 'bench' },
      callsPerService: concurrency,
      call: { maxAttempts: 5, connectTimeoutMs: 5000, requestTimeoutMs: 30000, endpoint: endpoint.url },
    });
    const limits = { accounts: 1, regions: regions.length };
    const started = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    const outcome = await runAudit(provider, limits);
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const report = liveReport(outcome, { rules: await loadBuiltinRules(), declarative: [] }).report;
    const stats = (await (await fetch(`${endpoint.url}${STATS_PATH}`)).json()) as { requests: number; peakInFlight: number; throttled: number };

    const calls = provider.calls.calls.length;
    // Each (region, service) stream may keep `concurrency` calls in flight (S3: S3_BOUND_FACTOR times that).
    const streams = [...new Set(provider.calls.calls.map((c) => `${c.region}|${c.client}`))];
    const slots = streams.reduce((n, s) => n + (s.endsWith('|S3Client') ? concurrency * S3_BOUND_FACTOR : concurrency), 0);
    const ideal = (calls * latencyMs) / slots;
    const mib = (kib: number) => (kib / 1024).toFixed(0);
    console.log(`bench:aws — synthetic account: ${regions.length} regions, ${size.securityGroups} security groups, ${size.databases} databases, ${size.buckets} buckets; latency ${latencyMs} ms per call; ${concurrency} calls in flight per region and service`);
    console.log(`  resources read            ${outcome.resources.length} model records; ${report.findings.length} findings; ${outcome.coverage.notAssessed.length} parts not assessed`);
    console.log(`  API calls                 ${calls} made (${stats.requests} HTTP requests incl. retries) vs ${endpoint.minimumCalls} minimum needed (${(calls / endpoint.minimumCalls).toFixed(2)}x)`);
    console.log(`  wall time                 ${(wallMs / 1000).toFixed(2)} s vs calls x latency / concurrency = ${calls} x ${latencyMs} ms / ${slots} slots (${streams.length} region/service streams) = ${(ideal / 1000).toFixed(2)} s (${(wallMs / ideal).toFixed(2)}x)`);
    console.log(`  CPU time                  ${(cpuMs / 1000).toFixed(2)} s in the auditing process (${(cpuMs / calls).toFixed(2)} ms a call: SDK signing, serialisation, parsing; the floor when calls are fast)`);
    console.log(`  serial time               ${((calls * latencyMs) / 1000).toFixed(1)} s if one call at a time; achieved parallelism ${((calls * latencyMs) / wallMs).toFixed(1)} calls in flight on average, ${stats.peakInFlight} at most`);
    console.log(`  peak memory               ${mib(process.resourceUsage().maxRSS)} MiB RSS (auditing process; the endpoint runs in its own)`);
  } finally {
    endpoint.stop();
  }
}

await main();
