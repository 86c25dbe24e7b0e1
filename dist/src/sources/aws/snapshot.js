export function newAccountSnapshot(account, partition, regions) {
    return { account, partition, regions, byRegion: new Map(regions.map((region) => [region, { region }])) };
}
export function regionOf(snapshot, region) {
    let r = snapshot.byRegion.get(region);
    if (!r)
        snapshot.byRegion.set(region, (r = { region }));
    return r;
}
