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
export declare class CallLog {
    readonly calls: CallRecord[];
    record(call: CallRecord): void;
    /** `Client.Operation` → how many times it was sent. */
    counts(): Map<string, number>;
}
