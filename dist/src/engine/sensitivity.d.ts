/**
 * Data sensitivity from tags: a datastore or bucket tagged as holding personal,
 * health or confidential data makes its findings one level more severe.
 */
import type { ModelResource } from '../model/resources.js';
/** The sensitive classification tag of a resource, e.g. `data-classification=pii`, or undefined. */
export declare function sensitiveClassification(resource: ModelResource | undefined): string | undefined;
