/**
 * Data sensitivity from tags: a datastore or bucket tagged as holding personal,
 * health or confidential data makes its findings one level more severe.
 */
import type { ModelResource } from '../model/resources.js';

const CLASSIFICATION_TAGS = new Set(['data-classification', 'dataclassification', 'data_classification', 'classification', 'data-sensitivity', 'datasensitivity', 'sensitivity']);
const SENSITIVE_VALUES = new Set(['pii', 'phi', 'health', 'confidential', 'restricted', 'sensitive', 'secret', 'personal']);

/** The sensitive classification tag of a resource, e.g. `data-classification=pii`, or undefined. */
export function sensitiveClassification(resource: ModelResource | undefined): string | undefined {
  if (!resource) return undefined;
  for (const [key, value] of Object.entries(resource.tags)) {
    if (!CLASSIFICATION_TAGS.has(key.toLowerCase())) continue;
    const words = value.toLowerCase().split(/[\s,;/|]+/);
    if (words.some((w) => SENSITIVE_VALUES.has(w))) return `${key}=${value}`;
  }
  return undefined;
}
