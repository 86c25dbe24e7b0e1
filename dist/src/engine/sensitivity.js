const CLASSIFICATION_TAGS = new Set(['data-classification', 'dataclassification', 'data_classification', 'classification', 'data-sensitivity', 'datasensitivity', 'sensitivity']);
const SENSITIVE_VALUES = new Set(['pii', 'phi', 'health', 'confidential', 'restricted', 'sensitive', 'secret', 'personal']);
/** The sensitive classification tag of a resource, e.g. `data-classification=pii`, or undefined. */
export function sensitiveClassification(resource) {
    if (!resource)
        return undefined;
    for (const [key, value] of Object.entries(resource.tags)) {
        if (!CLASSIFICATION_TAGS.has(key.toLowerCase()))
            continue;
        const words = value.toLowerCase().split(/[\s,;/|]+/);
        if (words.some((w) => SENSITIVE_VALUES.has(w)))
            return `${key}=${value}`;
    }
    return undefined;
}
