export class CallLog {
    calls = [];
    record(call) {
        this.calls.push(call);
    }
    /** `Client.Operation` → how many times it was sent. */
    counts() {
        const out = new Map();
        for (const c of this.calls) {
            const key = `${c.client}.${c.operation}`;
            out.set(key, (out.get(key) ?? 0) + 1);
        }
        return out;
    }
}
