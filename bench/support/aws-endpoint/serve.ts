/**
 * Runs the fake AWS endpoint in its own process for the benchmark, so the
 * audit's memory is measured alone: serves a synthetic account of the size
 * given as JSON in argv[2] with the given latency, and prints one JSON line
 * on stdout: the URL, the access key to sign with, and the minimum number of
 * calls an audit of every region needs.
 */
import { minimumCalls, syntheticAccount, type SyntheticSize } from './synthetic.js';
import { startFakeAws } from './server.js';

interface ServeConfig extends SyntheticSize {
  latencyMs: number;
}

const config = JSON.parse(process.argv[2] ?? '{}') as ServeConfig;
const account = syntheticAccount(config);
const endpoint = await startFakeAws({ accounts: [account], latencyMs: config.latencyMs });
process.stdout.write(JSON.stringify({ url: endpoint.url, accessKeyId: config.accessKeyId, minimumCalls: minimumCalls(account, config.regions, true) }) + '\n');
process.on('SIGTERM', () => void endpoint.close().then(() => process.exit(0)));
