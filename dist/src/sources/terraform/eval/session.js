import { CycleError, EvalError } from './errors.js';
import { LIMITS } from './limits.js';
const BUSY = Symbol('busy');
/**
 * A memo table for lazy evaluation: each entry is computed once; asking for an
 * entry that is being computed is a reference cycle, reported by CycleError.
 */
export class LazyTable {
    session;
    entries = new Map();
    constructor(session) {
        this.session = session;
    }
    get(key, label, loc, compute, onError) {
        const hit = this.entries.get(key);
        if (hit === BUSY) {
            const stack = this.session.stack;
            const start = stack.lastIndexOf(label);
            const path = [...stack.slice(start < 0 ? 0 : start), label].join(' → ');
            throw new CycleError(`reference cycle: ${path}`, loc);
        }
        if (hit !== undefined)
            return hit;
        if (this.session.stack.length >= LIMITS.maxEvalDepth) {
            throw new EvalError(`references nested more than ${LIMITS.maxEvalDepth} deep`, loc);
        }
        this.entries.set(key, BUSY);
        this.session.stack.push(label);
        let value;
        try {
            value = compute();
        }
        catch (e) {
            value = onError(e);
        }
        finally {
            this.session.stack.pop();
        }
        this.entries.set(key, value);
        return value;
    }
    peek(key) {
        const hit = this.entries.get(key);
        return hit === BUSY ? undefined : hit;
    }
}
