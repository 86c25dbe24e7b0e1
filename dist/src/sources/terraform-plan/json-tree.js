export function member(v, key) {
    return v?.t === 'map' ? v.entries.get(key) : undefined;
}
export function path(v, ...keys) {
    let cur = v;
    for (const k of keys)
        cur = member(cur, k);
    return cur;
}
export function items(v) {
    return v?.t === 'list' ? v.items : [];
}
export function entries(v) {
    return v?.t === 'map' ? [...v.entries] : [];
}
export function text(v) {
    return v?.t === 'string' ? v.v : undefined;
}
export function isMap(v) {
    return v?.t === 'map';
}
