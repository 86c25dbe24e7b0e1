export function regionSnapshot(snapshot, region) {
    let r = snapshot.byRegion.get(region);
    if (!r)
        snapshot.byRegion.set(region, (r = {}));
    return r;
}
