/**
 * Shared by the live AWS normalisers: where a value came from (the resource's
 * ARN and the API call), the common fields of a model record, and links
 * between resources by their EC2 ids. A link to a resource whose kind could
 * not be read is an explicit unknown that says so; a link to a resource that
 * was read but is not there (another account's group, a deleted subnet) is
 * external.
 */
import { known, unknownFact } from '../../../model/fact.js';
import { notAssessedReason } from '../../live/coverage.js';
import { itemsOf, liveLoc, ReadIds } from '../../live/links.js';
export { itemsOf, liveLoc };
export function recordBase(id, sourceType, region, account, apiCall, tags = {}) {
    const loc = liveLoc(id, apiCall);
    return { id, provider: 'aws', sourceKind: 'aws-live', sourceType, region: known(region, loc), account, loc, tags };
}
/** `[{Key, Value}]` (EC2, RDS, Redshift, S3 tag lists) → a plain map. */
export function tagMap(tags) {
    const out = {};
    for (const t of tags ?? [])
        if (t.Key !== undefined)
            out[t.Key] = t.Value ?? '';
    return out;
}
/**
 * Links by EC2 id within one region of one account: ids of each kind that
 * were read, and the failed part when a kind could not be read.
 */
export class IdLinks extends ReadIds {
    /** Registers the ids read for one kind (`vpc`, `subnet`, ...), with their ARNs; a failed part registers its reason. */
    add(kind, what, part, idOf, arnOf) {
        this.register(kind, what, part, idOf, arnOf);
    }
    /** The ARN of a read resource of this kind, if it was read. */
    arn(kind, id) {
        return this.readArn(kind, id);
    }
}
export function failedFact(part, what, loc) {
    return unknownFact(notAssessedReason(part, what), loc);
}
/**
 * The first item of a described list whose `field` equals `value`, through a
 * Map built once per list and field: normalizers look up a subnet group (or
 * cluster) for every database, and a scan of the list each time made large
 * accounts quadratic. The list must not change after the first lookup.
 */
const firstByField = new WeakMap();
export function findByField(items, field, value) {
    let perList = firstByField.get(items);
    if (!perList)
        firstByField.set(items, (perList = new Map()));
    let index = perList.get(String(field));
    if (!index) {
        index = new Map();
        for (const item of items)
            if (item[field] !== undefined && !index.has(item[field]))
                index.set(item[field], item);
        perList.set(String(field), index);
    }
    return index.get(value);
}
/** Every item of a described list whose `field` equals `value`, in list order, through a Map built once per list and field. */
const allByField = new WeakMap();
export function filterByField(items, field, value) {
    let perList = allByField.get(items);
    if (!perList)
        allByField.set(items, (perList = new Map()));
    let index = perList.get(String(field));
    if (!index) {
        index = new Map();
        for (const item of items) {
            const list = index.get(item[field]);
            if (list)
                list.push(item);
            else
                index.set(item[field], [item]);
        }
        perList.set(String(field), index);
    }
    return index.get(value) ?? [];
}
