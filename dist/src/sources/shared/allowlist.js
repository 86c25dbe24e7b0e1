/**
 * Alibaba Cloud allowlists (RDS and Redis security IPs, Elasticsearch
 * whitelists) as the Terraform and ROS normalizers read them. The two sources
 * differ only in how they word an unknown value (`reasonOf`).
 */
import { known, unknownFact } from '../../model/fact.js';
import { asList, asString, present } from '../../model/value.js';
/** A list of strings; Alibaba lists are often one comma-separated string ("sg-1,sg-2", "10.0.0.0/8,192.168.0.1"). Unknown if the list or any item is. */
export function commaListFact(v, reasonOf) {
    if (!present(v))
        return known([]);
    if (v.t === 'unknown' || v.t === 'ref')
        return unknownFact(reasonOf(v), v.loc);
    const out = [];
    for (const item of asList(v)) {
        if (item.t === 'null')
            continue;
        const s = asString(item);
        if (s === undefined)
            return unknownFact(reasonOf(item), item.loc ?? v.loc);
        out.push(...s.split(',').map((x) => x.trim()).filter((x) => x !== ''));
    }
    return known(out, v.loc);
}
/** Builds allowlists from argument values, wording unknowns with `reasonOf`; an absent argument is no allowlist. */
export function allowlistReader(reasonOf) {
    return (name, v, appliesTo, extra = {}) => {
        if (!present(v))
            return undefined;
        return { name, entries: commaListFact(v, reasonOf), appliesTo, loc: v.loc, ...extra };
    };
}
