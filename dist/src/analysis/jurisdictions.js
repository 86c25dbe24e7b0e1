export const JURISDICTION_NAMES = {
    US: 'United States',
    EU: 'European Union',
    GB: 'United Kingdom',
    CH: 'Switzerland',
    CN: 'Chinese mainland',
    HK: 'Hong Kong SAR',
    TW: 'Taiwan',
    JP: 'Japan',
    KR: 'South Korea',
    SG: 'Singapore',
    MY: 'Malaysia',
    ID: 'Indonesia',
    TH: 'Thailand',
    PH: 'Philippines',
    IN: 'India',
    AU: 'Australia',
    NZ: 'New Zealand',
    CA: 'Canada',
    MX: 'Mexico',
    BR: 'Brazil',
    ZA: 'South Africa',
    AE: 'United Arab Emirates',
    BH: 'Bahrain',
    SA: 'Saudi Arabia',
    IL: 'Israel',
};
/** AWS region id → [jurisdiction, location]. */
const AWS_REGIONS = {
    // United States (commercial, GovCloud and the isolated ISO partitions)
    'us-east-1': ['US', 'N. Virginia'],
    'us-east-2': ['US', 'Ohio'],
    'us-west-1': ['US', 'N. California'],
    'us-west-2': ['US', 'Oregon'],
    'us-gov-east-1': ['US', 'GovCloud (US-East)'],
    'us-gov-west-1': ['US', 'GovCloud (US-West)'],
    'us-iso-east-1': ['US', 'US ISO East'],
    'us-iso-west-1': ['US', 'US ISO West'],
    'us-isob-east-1': ['US', 'US ISOB East (Ohio)'],
    'us-isof-south-1': ['US', 'US ISOF South'],
    'us-isof-east-1': ['US', 'US ISOF East'],
    // Americas
    'ca-central-1': ['CA', 'Canada (Central)'],
    'ca-west-1': ['CA', 'Canada West (Calgary)'],
    'mx-central-1': ['MX', 'Mexico (Central)'],
    'sa-east-1': ['BR', 'South America (São Paulo)'],
    // Europe
    'eu-central-1': ['EU', 'Europe (Frankfurt)'],
    'eu-central-2': ['CH', 'Europe (Zurich)'],
    'eu-west-1': ['EU', 'Europe (Ireland)'],
    'eu-west-2': ['GB', 'Europe (London)'],
    'eu-west-3': ['EU', 'Europe (Paris)'],
    'eu-south-1': ['EU', 'Europe (Milan)'],
    'eu-south-2': ['EU', 'Europe (Spain)'],
    'eu-north-1': ['EU', 'Europe (Stockholm)'],
    'eusc-de-east-1': ['EU', 'AWS European Sovereign Cloud (Brandenburg)'],
    // Middle East and Africa
    'il-central-1': ['IL', 'Israel (Tel Aviv)'],
    'me-south-1': ['BH', 'Middle East (Bahrain)'],
    'me-central-1': ['AE', 'Middle East (UAE)'],
    'af-south-1': ['ZA', 'Africa (Cape Town)'],
    // Asia Pacific
    'ap-east-1': ['HK', 'Asia Pacific (Hong Kong)'],
    'ap-east-2': ['TW', 'Asia Pacific (Taipei)'],
    'ap-south-1': ['IN', 'Asia Pacific (Mumbai)'],
    'ap-south-2': ['IN', 'Asia Pacific (Hyderabad)'],
    'ap-northeast-1': ['JP', 'Asia Pacific (Tokyo)'],
    'ap-northeast-2': ['KR', 'Asia Pacific (Seoul)'],
    'ap-northeast-3': ['JP', 'Asia Pacific (Osaka)'],
    'ap-southeast-1': ['SG', 'Asia Pacific (Singapore)'],
    'ap-southeast-2': ['AU', 'Asia Pacific (Sydney)'],
    'ap-southeast-3': ['ID', 'Asia Pacific (Jakarta)'],
    'ap-southeast-4': ['AU', 'Asia Pacific (Melbourne)'],
    'ap-southeast-5': ['MY', 'Asia Pacific (Malaysia)'],
    'ap-southeast-6': ['NZ', 'Asia Pacific (New Zealand)'],
    'ap-southeast-7': ['TH', 'Asia Pacific (Thailand)'],
    // China (aws-cn partition, operated by Sinnet and NWCD)
    'cn-north-1': ['CN', 'China (Beijing)'],
    'cn-northwest-1': ['CN', 'China (Ningxia)'],
};
/** Alibaba Cloud region id → [jurisdiction, location]. */
const ALICLOUD_REGIONS = {
    // Chinese mainland, public cloud
    'cn-qingdao': ['CN', 'China (Qingdao)'],
    'cn-beijing': ['CN', 'China (Beijing)'],
    'cn-zhangjiakou': ['CN', 'China (Zhangjiakou)'],
    'cn-huhehaote': ['CN', 'China (Hohhot)'],
    'cn-wulanchabu': ['CN', 'China (Ulanqab)'],
    'cn-hangzhou': ['CN', 'China (Hangzhou)'],
    'cn-shanghai': ['CN', 'China (Shanghai)'],
    'cn-nanjing': ['CN', 'China (Nanjing, local region)'],
    'cn-fuzhou': ['CN', 'China (Fuzhou, local region)'],
    'cn-wuhan-lr': ['CN', 'China (Wuhan, local region)'],
    'cn-zhengzhou-jva': ['CN', 'China (Zhengzhou, local region)'],
    'cn-shenzhen': ['CN', 'China (Shenzhen)'],
    'cn-heyuan': ['CN', 'China (Heyuan)'],
    'cn-guangzhou': ['CN', 'China (Guangzhou)'],
    'cn-chengdu': ['CN', 'China (Chengdu)'],
    // Chinese mainland, Finance Cloud and Gov Cloud
    'cn-shanghai-finance-1': ['CN', 'China East 2 Finance (Shanghai)'],
    'cn-shenzhen-finance-1': ['CN', 'China South 1 Finance (Shenzhen)'],
    'cn-beijing-finance-1': ['CN', 'China North 2 Finance (Beijing)'],
    'cn-north-2-gov-1': ['CN', 'China North 2 Ali Gov 1'],
    // Hong Kong SAR
    'cn-hongkong': ['HK', 'China (Hong Kong)'],
    // Asia Pacific
    'ap-northeast-1': ['JP', 'Japan (Tokyo)'],
    'ap-northeast-2': ['KR', 'South Korea (Seoul)'],
    'ap-southeast-1': ['SG', 'Singapore'],
    'ap-southeast-2': ['AU', 'Australia (Sydney), closed'],
    'ap-southeast-3': ['MY', 'Malaysia (Kuala Lumpur)'],
    'ap-southeast-5': ['ID', 'Indonesia (Jakarta)'],
    'ap-southeast-6': ['PH', 'Philippines (Manila)'],
    'ap-southeast-7': ['TH', 'Thailand (Bangkok)'],
    'ap-south-1': ['IN', 'India (Mumbai), closed'],
    // Europe and Americas
    'us-east-1': ['US', 'US (Virginia)'],
    'us-west-1': ['US', 'US (Silicon Valley)'],
    'us-southeast-1': ['US', 'US (Atlanta)'],
    'na-south-1': ['MX', 'Mexico'],
    'eu-central-1': ['EU', 'Germany (Frankfurt)'],
    'eu-west-1': ['GB', 'UK (London)'],
    // Middle East
    'me-east-1': ['AE', 'UAE (Dubai)'],
    'me-central-1': ['SA', 'Saudi Arabia (Riyadh)'],
};
const TABLES = { aws: AWS_REGIONS, alicloud: ALICLOUD_REGIONS };
/**
 * Normalises provider spellings of a region: Alibaba OSS prefixes region ids
 * with `oss-` (`oss-cn-hangzhou`); case and whitespace are not significant.
 */
export function normalizeRegionId(region, provider) {
    const r = region.trim().toLowerCase();
    if (provider === 'alicloud' && r.startsWith('oss-'))
        return r.slice(4);
    return r;
}
/** The jurisdiction of a region of a provider, or undefined when the region is not in the table. */
export function jurisdictionOf(region, provider) {
    const table = TABLES[provider];
    if (!table)
        return undefined;
    const entry = table[normalizeRegionId(region, provider)];
    if (!entry)
        return undefined;
    return { code: entry[0], name: JURISDICTION_NAMES[entry[0]] ?? entry[0] };
}
/** The human name of a region (`Europe (Frankfurt)`), when known. */
export function regionLocation(region, provider) {
    return TABLES[provider]?.[normalizeRegionId(region, provider)]?.[1];
}
/** Every region id the table knows for a provider (for validation and tests). */
export function knownRegions(provider) {
    return Object.keys(TABLES[provider] ?? {});
}
/** True when the code names a jurisdiction the table uses. */
export function isKnownJurisdiction(code) {
    return code.toUpperCase() in JURISDICTION_NAMES;
}
