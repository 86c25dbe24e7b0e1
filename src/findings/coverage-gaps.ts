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

type Need = 'network' | 'datastore' | 'storage';

const NEEDS_BY_CATEGORY: Record<Category, Need[]> = {
  'open-firewall': ['network'],
  'public-datastore': ['network', 'datastore'],
  'public-storage': ['storage'],
  'data-residency': ['storage', 'datastore'],
};

function serviceProvides(service: string): Need[] | 'all' {
  const s = service.toLowerCase();
  if (s === '*') return 'all';
  if (/(^|-)(s3|s3control|s3-control|oss)$/.test(s)) return ['storage'];
  if (/ec2|vpc|ecs|network|security-group/.test(s)) return ['network'];
  if (/rds|docdb|neptune|redshift|opensearch|elasticsearch|elasticache|dynamodb|kvstore|redis|mongo|dds/.test(s)) return ['datastore'];
  return 'all';
}

/** Does this not-assessed part hold data that rules of these categories read? */
export function gapAffectsCategories(gap: NotAssessed, categories: Iterable<Category>): boolean {
  const provides = serviceProvides(gap.service);
  if (provides === 'all') return true;
  const needs = new Set([...categories].flatMap((c) => NEEDS_BY_CATEGORY[c]));
  return provides.some((p) => needs.has(p));
}

/** Where a finding lives, as far as coverage goes. Unknown parts match any gap. */
export interface FindingPlace {
  category: Category;
  provider: string;
  account?: string | null;
  region?: string | null;
}

/** Could this not-assessed part have hidden (or cleared) this finding? */
export function gapAffectsFinding(gap: NotAssessed, place: FindingPlace): boolean {
  if (gap.provider !== place.provider) return false;
  if (place.account && gap.account !== place.account) return false;
  if (place.region && gap.region !== 'global' && gap.region !== place.region) return false;
  return gapAffectsCategories(gap, [place.category]);
}
