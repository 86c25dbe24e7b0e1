/**
 * Stands for an unknown part inside a partial string: a template such as a
 * heredoc policy with `${aws_s3_bucket.b.arn}` in it keeps its known text, with
 * this marker where the unknown interpolation was (no control characters, so a
 * JSON policy with the marker inside a string still parses).
 */
export const UNKNOWN_TEXT = '\u2047known after apply\u2047';
// ---- constructors ----
export const str = (v, loc) => ({ t: 'string', v, loc });
export const num = (v, loc) => ({ t: 'number', v, loc });
export const bool = (v, loc) => ({ t: 'bool', v, loc });
export const nul = (loc) => ({ t: 'null', loc });
export const list = (items, loc) => ({ t: 'list', items, loc });
export const map = (entries, loc) => ({
    t: 'map',
    entries: entries instanceof Map ? entries : new Map(Object.entries(entries)),
    loc,
});
export const unknown = (reason, loc, ref) => ({
    t: 'unknown',
    reason,
    loc,
    ...(ref ? { ref } : {}),
});
export const refValue = (ref, loc) => ({ t: 'ref', ref, loc });
// ---- readers used by normalizers ----
/** Reads a nested path; a missing key gives undefined (absent), an unknown on the way gives that unknown. */
export function getPath(value, ...path) {
    let cur = value;
    for (const key of path) {
        if (!cur)
            return undefined;
        if (cur.t === 'unknown' || cur.t === 'ref')
            return cur.t === 'ref' ? unknown('computed attribute', cur.loc, cur.ref) : cur;
        if (typeof key === 'number') {
            if (cur.t !== 'list')
                return undefined;
            cur = cur.items[key];
        }
        else {
            if (cur.t === 'list' && cur.items.length === 1 && cur.items[0]?.t === 'map')
                cur = cur.items[0];
            if (cur.t !== 'map')
                return undefined;
            cur = cur.entries.get(key);
        }
    }
    return cur;
}
/** A value that is given: neither absent nor null. */
export function present(v) {
    return v !== undefined && v.t !== 'null';
}
/** The resource a reference points at, or that an unknown built from one remembers. */
export function refOf(v) {
    if (v?.t === 'ref')
        return v.ref;
    if (v?.t === 'unknown')
        return v.ref;
    return undefined;
}
export function isKnown(v) {
    return !!v && v.t !== 'unknown' && v.t !== 'ref';
}
/** A string, or a number/bool rendered as Terraform would; undefined for absent/null, 'unknown' marker via isUnknown. */
export function asString(v) {
    if (!v)
        return undefined;
    if (v.t === 'string')
        return v.v;
    if (v.t === 'number')
        return String(v.v);
    if (v.t === 'bool')
        return String(v.v);
    return undefined;
}
export function asNumber(v) {
    if (!v)
        return undefined;
    if (v.t === 'number')
        return v.v;
    if (v.t === 'string' && v.v.trim() !== '' && !Number.isNaN(Number(v.v)))
        return Number(v.v);
    return undefined;
}
export function asBool(v) {
    if (!v)
        return undefined;
    if (v.t === 'bool')
        return v.v;
    if (v.t === 'string') {
        const s = v.v.toLowerCase();
        if (s === 'true')
            return true;
        if (s === 'false')
            return false;
    }
    return undefined;
}
/** Items of a list; a single non-list value is a one-item list (blocks and scalars written either way). */
export function asList(v) {
    if (!v || v.t === 'null')
        return [];
    if (v.t === 'list')
        return v.items;
    return [v];
}
/** Converts a fully known value to plain JSON; unknown parts become undefined. */
export function toPlain(v) {
    if (!v)
        return undefined;
    switch (v.t) {
        case 'string':
        case 'number':
        case 'bool':
            return v.v;
        case 'null':
            return null;
        case 'list':
            return v.items.map(toPlain);
        case 'map': {
            const out = {};
            for (const [k, item] of v.entries)
                out[k] = toPlain(item);
            return out;
        }
        default:
            return undefined;
    }
}
/** True when any part of the value is unknown or a reference. */
export function containsUnknown(v) {
    if (!v)
        return false;
    if (v.t === 'unknown' || v.t === 'ref')
        return true;
    if (v.t === 'list')
        return v.items.some(containsUnknown);
    if (v.t === 'map')
        for (const item of v.entries.values())
            if (containsUnknown(item))
                return true;
    return false;
}
/** Builds a located value from plain JSON (used by JSON-based sources). */
export function fromPlain(x, loc) {
    if (x === null || x === undefined)
        return nul(loc);
    if (typeof x === 'string')
        return str(x, loc);
    if (typeof x === 'number')
        return num(x, loc);
    if (typeof x === 'boolean')
        return bool(x, loc);
    if (Array.isArray(x))
        return list(x.map((i) => fromPlain(i, loc)), loc);
    const entries = new Map();
    for (const [k, item] of Object.entries(x))
        entries.set(k, fromPlain(item, loc));
    return map(entries, loc);
}
