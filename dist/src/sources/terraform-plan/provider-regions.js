/**
 * The region a planned resource lives in: its own `region` argument (AWS
 * provider 6 has one per resource) when planned, else its provider
 * configuration's `region` — a constant, or a root variable whose value the
 * plan records. Anything else is unknown and says why.
 */
import { str, unknown } from '../../model/value.js';
import { member, path, text } from './json-tree.js';
/** The provider configuration a resource uses (keys are `aws`, `aws.west`, `module.m:aws`, or `m:aws` in old plans). */
function providerConfig(configuration, key) {
    const configs = member(configuration, 'provider_config');
    if (!key)
        return undefined;
    const exact = member(configs, key);
    if (exact)
        return exact;
    // A provider passed down from the root keeps the root's key.
    const local = key.includes(':') ? key.slice(key.lastIndexOf(':') + 1) : undefined;
    return local ? member(configs, local) : undefined;
}
export function regionOf(ownRegion, configuration, providerConfigKey, variables) {
    if (ownRegion?.t === 'string')
        return str(ownRegion.v, ownRegion.loc);
    const config = providerConfig(configuration, providerConfigKey);
    const region = path(config, 'expressions', 'region');
    const constant = member(region, 'constant_value');
    if (constant?.t === 'string')
        return str(constant.v, constant.loc);
    const references = member(region, 'references');
    const firstRef = references?.t === 'list' ? text(references.items[0]) : undefined;
    const isRoot = !text(member(config, 'module_address'));
    if (firstRef?.startsWith('var.') && isRoot) {
        const value = path(variables, firstRef.slice(4), 'value');
        if (value?.t === 'string')
            return str(value.v, value.loc);
    }
    if (!config)
        return unknown(`the provider configuration ${providerConfigKey ?? ''} is not in the plan`.replace(/ {2,}/g, ' '));
    if (!region)
        return unknown('the provider configuration sets no region (it comes from the environment)');
    return unknown(`the provider region is computed from ${firstRef ?? 'an expression'}`);
}
