import { notAssessedReason } from './coverage.js';
/** A live location: the resource's ARN (or id) stands in for the file, with no line, and the call that returned the value. */
export function liveLoc(id, apiCall) {
    return { file: id, startLine: 0, endLine: 0, apiCall };
}
/** Items of a part that was read; none for one that failed (its failure is in the coverage). */
export function itemsOf(part) {
    return part?.ok ? part.value : [];
}
/** Ids read in one region, by kind, with the record id (ARN) of each; and the reason for each kind that could not be read. */
export class ReadIds {
    read = new Map();
    failed = new Map();
    /** Registers the ids read for one kind, with their record ids; a failed part registers its reason. */
    register(kind, what, part, idOf, arnOf) {
        if (!part)
            return;
        if (!part.ok) {
            this.failed.set(kind, notAssessedReason(part, what));
            return;
        }
        const ids = new Map();
        for (const item of part.value) {
            const id = idOf(item);
            if (id)
                ids.set(id, arnOf(id));
        }
        this.read.set(kind, ids);
    }
    /** The record id of a read resource of this kind, if it was read. */
    readArn(kind, id) {
        return id ? this.read.get(kind)?.get(id) : undefined;
    }
    link(kind, id, loc) {
        const at = loc ? { loc } : {};
        if (!id)
            return { kind: 'unknown', reason: 'not given by the API', ...at };
        const arn = this.readArn(kind, id);
        if (arn)
            return { kind: 'resource', id: arn, ...at };
        const failure = this.failed.get(kind);
        if (failure)
            return { kind: 'unknown', reason: `${id}: ${failure}`, ...at };
        return { kind: 'external', value: id, ...at };
    }
    /** Why a kind could not be read, if it could not. */
    failure(kind) {
        return this.failed.get(kind);
    }
}
