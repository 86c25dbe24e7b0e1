/** The provider a resource type belongs to: the part of the type name before the first underscore. */
export function providerNameOf(resourceType) {
    const i = resourceType.indexOf('_');
    return i < 0 ? resourceType : resourceType.slice(0, i);
}
export function cloudOf(resourceType) {
    if (resourceType.startsWith('aws_'))
        return 'aws';
    if (resourceType.startsWith('alicloud_'))
        return 'alicloud';
    return 'other';
}
/** The configurations a child module starts with, before its own provider blocks. */
export function providersForChild(parent, call) {
    const out = new Map();
    if (call.providers) {
        for (const [childName, parentName] of call.providers) {
            const config = parent.get(parentName);
            if (config)
                out.set(childName, config);
        }
        return out;
    }
    // Only default (unaliased) configurations are inherited implicitly.
    for (const [key, config] of parent)
        if (!key.includes('.'))
            out.set(key, config);
    return out;
}
