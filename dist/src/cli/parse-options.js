/** Turns command-line strings into typed options, rejecting bad values with a UsageError. */
import { SEVERITIES } from '../findings/finding.js';
import { UsageError } from './errors.js';
export const FAIL_ON_VALUES = [...SEVERITIES, 'none'];
export function parseFailOn(value) {
    const v = value.toLowerCase();
    if (!FAIL_ON_VALUES.includes(v))
        throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, got '${value}'`);
    return v;
}
/** `--var name=value`, repeatable; later values win as in Terraform. */
export function parseVarAssignment(value, previous = []) {
    const eq = value.indexOf('=');
    if (eq <= 0)
        throw new UsageError(`--var expects name=value, got '${value}'`);
    const name = value.slice(0, eq).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name))
        throw new UsageError(`--var: '${name}' is not a valid variable name`);
    return [...previous, [name, value.slice(eq + 1)]];
}
/** `--parameter Key=Value`, repeatable; a CloudFormation parameter name is alphanumeric. */
export function parseParameterAssignment(value, previous = []) {
    const eq = value.indexOf('=');
    if (eq <= 0)
        throw new UsageError(`--parameter expects Key=Value, got '${value}'`);
    const key = value.slice(0, eq).trim();
    if (!/^[A-Za-z0-9]+$/.test(key))
        throw new UsageError(`--parameter: '${key}' is not a valid parameter name`);
    return [...previous, [key, value.slice(eq + 1)]];
}
export function collect(value, previous = []) {
    return [...previous, value];
}
/** Comma-separated list flags (`--allowed-jurisdictions US,EU`), repeatable. */
export function collectList(value, previous = []) {
    return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}
export function parseSeverityList(values) {
    for (const v of values)
        if (!SEVERITIES.includes(v))
            throw new UsageError(`unknown severity '${v}' (expected ${SEVERITIES.join(', ')})`);
    return values;
}
