/**
 * Which not-assessed parts of a live audit could have hidden a finding of a
 * given category. A firewall rule reads network services (EC2, VPC, ECS); a
 * datastore rule reads the datastore's service and the network around it; a
 * storage rule reads S3 or OSS; a residency rule reads the services that
 * replicate. A service this module does not know could have held anything,
 * so it counts against every category: a gap must never read as a pass, nor
 * an unread finding as a fixed one.
 */
import type { Category } from './finding.js';
import type { NotAssessed } from './report.js';
/** Does this not-assessed part hold data that rules of these categories read? */
export declare function gapAffectsCategories(gap: NotAssessed, categories: Iterable<Category>): boolean;
/** Where a finding lives, as far as coverage goes. Unknown parts match any gap. */
export interface FindingPlace {
    category: Category;
    provider: string;
    account?: string | null;
    region?: string | null;
}
/** Could this not-assessed part have hidden (or cleared) this finding? */
export declare function gapAffectsFinding(gap: NotAssessed, place: FindingPlace): boolean;
