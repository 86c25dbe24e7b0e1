/** `{Outer: {Inner: [...]}}` → the items; an item on its own (XML) → a list of one. */
export function items(reply, outer, inner) {
    let v = reply?.[outer];
    if (inner !== undefined)
        v = v?.[inner];
    if (v === undefined || v === null || v === '')
        return [];
    return (Array.isArray(v) ? v : [v]).filter((x) => typeof x === 'object' && x !== null);
}
/** A non-empty string field. */
export function text(o, key) {
    const v = o?.[key];
    if (typeof v === 'number')
        return String(v);
    return typeof v === 'string' && v !== '' ? v : undefined;
}
export function numberField(o, key) {
    const v = o?.[key];
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isFinite(n) ? n : undefined;
}
/** A boolean field, from JSON booleans or XML's "true"/"false". */
export function boolField(o, key) {
    const v = o?.[key];
    if (typeof v === 'boolean')
        return v;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    return undefined;
}
/** A list of strings (JSON arrays; a single XML element; absent → undefined). */
export function stringList(o, key) {
    const v = o?.[key];
    if (v === undefined || v === null)
        return undefined;
    const list = Array.isArray(v) ? v : [v];
    return list.filter((x) => typeof x === 'string' && x !== '');
}
/** "10.0.0.0/8,192.168.1.1" → entries (Alibaba allowlists are comma-separated strings). */
export function splitIps(list) {
    return (list ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Tags in ECS form ({TagKey, TagValue}), database form ({Key, Value}) or Elasticsearch form ({tagKey, tagValue}). */
export function tagsOf(list) {
    const out = [];
    for (const t of list) {
        const key = text(t, 'TagKey') ?? text(t, 'Key') ?? text(t, 'tagKey');
        if (key !== undefined)
            out.push({ key, value: text(t, 'TagValue') ?? text(t, 'Value') ?? text(t, 'tagValue') ?? '' });
    }
    return out;
}
/** A service that keeps answering "more" would loop forever; no real list is this long. */
const MAX_PAGES = 10_000;
/** Follows NextToken until the service returns none. */
export async function allByToken(fetch) {
    const out = [];
    let token;
    for (let n = 0; n < MAX_PAGES; n++) {
        const { page, next } = await fetch(token);
        out.push(...page);
        if (!next)
            return out;
        token = next;
    }
    throw new Error(`more than ${MAX_PAGES} pages: stopped`);
}
/** Pages 1, 2, ... until the total is reached or a page comes back short or empty. */
export async function allByPageNumber(pageSize, fetch) {
    const out = [];
    for (let n = 1; n <= MAX_PAGES; n++) {
        const { page, total } = await fetch(n);
        out.push(...page);
        if (page.length === 0 || page.length < pageSize || (total !== undefined && out.length >= total))
            return out;
    }
    throw new Error(`more than ${MAX_PAGES} pages: stopped`);
}
