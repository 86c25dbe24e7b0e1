/**
 * Region id → jurisdiction (the country, or the bloc whose data-protection law
 * governs the data centre) for AWS and Alibaba Cloud. The same id can mean
 * different places on the two clouds (`eu-west-1` is Ireland on AWS and London
 * on Alibaba Cloud; `ap-southeast-3` is Jakarta on AWS and Kuala Lumpur on
 * Alibaba Cloud), so the table is keyed by provider.
 *
 * Sources (checked 2026): the providers' own region lists —
 *  - AWS: "Regions and Availability Zones" (docs.aws.amazon.com/global-infrastructure/
 *    latest/regions/aws-regions.html), including the aws-cn, aws-us-gov, ISO and
 *    European Sovereign Cloud partitions;
 *  - Alibaba Cloud: "Regions and zones" (alibabacloud.com/help/doc-detail/40654.htm)
 *    and the OSS "Regions and endpoints" page, including Finance Cloud,
 *    Gov Cloud and local regions; closed regions are kept (old configurations
 *    still name them).
 * EU member states share one bloc (GDPR); Switzerland, the UK, Norway and so
 * on are their own jurisdictions.
 */
import type { Jurisdiction } from './types.js';
export declare const JURISDICTION_NAMES: Record<string, string>;
/**
 * Normalises provider spellings of a region: Alibaba OSS prefixes region ids
 * with `oss-` (`oss-cn-hangzhou`); case and whitespace are not significant.
 */
export declare function normalizeRegionId(region: string, provider: string): string;
/** The jurisdiction of a region of a provider, or undefined when the region is not in the table. */
export declare function jurisdictionOf(region: string, provider: string): Jurisdiction | undefined;
/** The human name of a region (`Europe (Frankfurt)`), when known. */
export declare function regionLocation(region: string, provider: string): string | undefined;
/** Every region id the table knows for a provider (for validation and tests). */
export declare function knownRegions(provider: string): string[];
/** True when the code names a jurisdiction the table uses. */
export declare function isKnownJurisdiction(code: string): boolean;
