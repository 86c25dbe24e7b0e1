export function bind(ctx, name, value) {
    return { scope: ctx.scope, loc: ctx.loc, bindings: { name, value, next: ctx.bindings } };
}
export function lookupBinding(bindings, name) {
    for (let b = bindings; b; b = b.next)
        if (b.name === name)
            return b.value;
    return undefined;
}
/**
 * Objects that stand for a resource instance (or a nested block of one): an
 * attribute the configuration does not set is computed by the provider, so
 * reading it gives a `ref` to the instance instead of an error.
 */
const computedObjects = new WeakMap();
export function markComputedObject(m, ref) {
    computedObjects.set(m, ref);
    return m;
}
export function computedRefOf(m) {
    return computedObjects.get(m);
}
/** Locations by syntax range: a module evaluated for many callers reuses one object per attribute. */
const locations = new WeakMap();
/** Syntax merged into a block from another file (override files): the file it was written in. */
const rangeFiles = new WeakMap();
export function setRangeFile(range, file) {
    rangeFiles.set(range, file);
    locations.delete(range);
}
/** A SourceLocation for a syntax range in a file (a range belongs to one file, so it is the cache key). */
export function locOf(file, range) {
    const cached = locations.get(range);
    if (cached)
        return cached;
    const loc = {
        file: rangeFiles.get(range) ?? file,
        startLine: range.start.line,
        endLine: range.end.line,
        startColumn: range.start.column,
        endColumn: range.end.column,
    };
    locations.set(range, loc);
    return loc;
}
