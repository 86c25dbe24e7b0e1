/**
 * Shared by the collectors: gathering every item of an SDK paginator, asking
 * each service for its largest page (fewest calls), and telling "it does not
 * exist" replies (no policy, no block) apart from failures.
 */
import { paginateGetResources } from '@aws-sdk/client-resource-groups-tagging-api';
/** Runs an SDK paginator to the end and concatenates one list field of every page. */
export async function allPages(pages, items) {
    const out = [];
    for await (const page of pages)
        out.push(...(items(page) ?? []));
    return out;
}
/** The largest page each API allows (its MaxResults / MaxRecords upper bound). */
export const PAGE_SIZE = {
    ec2: 1000,
    ec2RouteTables: 100,
    ec2EgressOnlyGateways: 255,
    rds: 100,
    redshift: 100,
    elasticache: 100,
    dynamodbListTables: 100,
    tagging: 100,
    s3ListBuckets: 10000,
    /** DescribeDomains takes at most 5 names a call. */
    opensearchDescribeDomains: 5,
};
/** Runs `read`; an error with one of the `absentNames` means "there is none" and gives `absent`. */
export async function orAbsent(read, absentNames, absent) {
    try {
        return await read();
    }
    catch (e) {
        if (absentNames.includes(e.name))
            return absent;
        throw e;
    }
}
/** Tags of the region's resources of these types (`es:domain`...), by ARN; untagged resources are absent. */
export async function tagsOf(session, region, resourceTypes) {
    const out = new Map();
    for await (const page of paginateGetResources({ client: session.clients.tagging(region), pageSize: PAGE_SIZE.tagging }, { ResourceTypeFilters: resourceTypes, ResourcesPerPage: PAGE_SIZE.tagging })) {
        for (const m of page.ResourceTagMappingList ?? []) {
            if (!m.ResourceARN)
                continue;
            const tags = {};
            for (const t of m.Tags ?? [])
                if (t.Key !== undefined)
                    tags[t.Key] = t.Value ?? '';
            out.set(m.ResourceARN, tags);
        }
    }
    return out;
}
