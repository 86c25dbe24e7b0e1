const NEEDS_BY_CATEGORY = {
    'open-firewall': ['network'],
    'public-datastore': ['network', 'datastore'],
    'public-storage': ['storage'],
    'data-residency': ['storage', 'datastore'],
};
function serviceProvides(service) {
    const s = service.toLowerCase();
    if (s === '*')
        return 'all';
    if (/(^|-)(s3|s3control|s3-control|oss)$/.test(s))
        return ['storage'];
    if (/ec2|vpc|ecs|network|security-group/.test(s))
        return ['network'];
    if (/rds|docdb|neptune|redshift|opensearch|elasticsearch|elasticache|dynamodb|kvstore|redis|mongo|dds/.test(s))
        return ['datastore'];
    return 'all';
}
/** Does this not-assessed part hold data that rules of these categories read? */
export function gapAffectsCategories(gap, categories) {
    const provides = serviceProvides(gap.service);
    if (provides === 'all')
        return true;
    const needs = new Set([...categories].flatMap((c) => NEEDS_BY_CATEGORY[c]));
    return provides.some((p) => needs.has(p));
}
/** Could this not-assessed part have hidden (or cleared) this finding? */
export function gapAffectsFinding(gap, place) {
    if (gap.provider !== place.provider)
        return false;
    if (place.account && gap.account !== place.account)
        return false;
    if (place.region && gap.region !== 'global' && gap.region !== place.region)
        return false;
    return gapAffectsCategories(gap, [place.category]);
}
