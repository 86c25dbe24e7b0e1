/**
 * The local Alibaba Cloud endpoint in a process of its own, for the benchmark:
 * the audit's memory and CPU are then measured without the server's. Started
 * with fork(); argv[2] is the JSON of { shape, latencyMs }. It answers "ready"
 * with its endpoint overrides, and "stop" with the number of requests served.
 */
import { syntheticAccount, type SyntheticShape } from '../alicloud-synthetic.js';
import { startFakeAlicloud } from './server.js';

interface ChildArgs {
  shape: SyntheticShape;
  latencyMs: number;
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as ChildArgs;
  const endpoint = await startFakeAlicloud(syntheticAccount(args.shape), { latencyMs: args.latencyMs });
  process.send?.({ type: 'ready', endpoints: endpoint.endpoints });
  process.on('message', (message: { type?: string }) => {
    if (message.type !== 'stop') return;
    void endpoint.stop().then(() => {
      process.send?.({ type: 'stopped', served: endpoint.calls.length }, () => process.exit(0));
    });
  });
}

void main();
