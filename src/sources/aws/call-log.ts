/**
 * Every operation an audit sends, as `Client.Operation` with its account and
 * region: what the IAM-policy test checks against docs/aws-iam-policy.json and
 * what the benchmark counts. Recorded in one place, the client middleware
 * (client-factory.ts), so no call can bypass it.
 */
export interface CallRecord {
  client: string;
  operation: string;
  account: string;
  region: string;
}

export class CallLog {
  readonly calls: CallRecord[] = [];

  record(call: CallRecord): void {
    this.calls.push(call);
  }

  /** `Client.Operation` → how many times it was sent. */
  counts(): Map<string, number> {
    const out = new Map<string, number>();
    for (const c of this.calls) {
      const key = `${c.client}.${c.operation}`;
      out.set(key, (out.get(key) ?? 0) + 1);
    }
    return out;
  }
}
