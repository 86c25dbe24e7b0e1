// Placeholder until the family's normalizer lands (being written now); returns no records.
import type { ModelResource } from '../../../model/resources.js';
import type { NormalizeContext } from './common.js';

export function normalizeReplication(_ctx: NormalizeContext): ModelResource[] {
  return [];
}
