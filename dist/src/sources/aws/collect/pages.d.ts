import type { AwsSession } from '../session.js';
/** Runs an SDK paginator to the end and concatenates one list field of every page. */
export declare function allPages<Page, Item>(pages: AsyncIterable<Page>, items: (page: Page) => Item[] | undefined): Promise<Item[]>;
/** The largest page each API allows (its MaxResults / MaxRecords upper bound). */
export declare const PAGE_SIZE: {
    readonly ec2: 1000;
    readonly ec2RouteTables: 100;
    readonly ec2EgressOnlyGateways: 255;
    readonly rds: 100;
    readonly redshift: 100;
    readonly elasticache: 100;
    readonly dynamodbListTables: 100;
    readonly tagging: 100;
    readonly s3ListBuckets: 10000;
    /** DescribeDomains takes at most 5 names a call. */
    readonly opensearchDescribeDomains: 5;
};
/** Runs `read`; an error with one of the `absentNames` means "there is none" and gives `absent`. */
export declare function orAbsent<T, A>(read: () => Promise<T>, absentNames: string[], absent: A): Promise<T | A>;
/** Tags of the region's resources of these types (`es:domain`...), by ARN; untagged resources are absent. */
export declare function tagsOf(session: AwsSession, region: string, resourceTypes: string[]): Promise<Map<string, Record<string, string>>>;
