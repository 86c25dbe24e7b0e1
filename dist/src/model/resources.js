export function buildModelIndex(resources) {
    const byId = new Map();
    for (const r of resources)
        byId.set(r.id, r);
    return { resources, byId };
}
