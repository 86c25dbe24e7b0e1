import { JsonSyntaxError, parseLocatedJson } from '../../shared/located-json.js';
import { DEFAULT_PARSE_LIMITS } from './limits.js';
import { parseLocatedYaml, TemplateSyntaxError } from './located-yaml.js';
/**
 * The last file read: format detection and the template loader read the same
 * file one after the other, and parsing YAML is the costly part of a scan.
 */
let lastRead;
export function readDocuments(text, file, limits = DEFAULT_PARSE_LIMITS) {
    if (lastRead && lastRead.file === file && sameLimits(lastRead.limits, limits) && lastRead.text === text)
        return lastRead.result;
    const result = parseDocuments(text, file, limits);
    lastRead = { text, file, limits, result };
    return result;
}
function sameLimits(a, b) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
function parseDocuments(text, file, limits) {
    if (text.length > limits.maxBytes)
        return { ok: false, message: `the file is larger than ${limits.maxBytes} bytes` };
    if (text.includes('\u0000'))
        return { ok: false, message: 'the file is binary (contains NUL bytes)' };
    const trimmed = text.trimStart().replace(/^\uFEFF/, '');
    if (trimmed.startsWith('{')) {
        try {
            return { ok: true, documents: [{ index: 0, value: parseLocatedJson(text, { file, maxDepth: limits.maxDepth }) }], syntax: 'json' };
        }
        catch (e) {
            if (!(e instanceof JsonSyntaxError))
                throw e;
            // JSON with a trailing comma or a comment is still YAML; keep the JSON error if YAML fails too.
            try {
                return { ok: true, documents: parseLocatedYaml(text, file, limits), syntax: 'yaml' };
            }
            catch {
                return { ok: false, message: `invalid JSON: ${e.message}`, line: e.line, column: e.column };
            }
        }
    }
    try {
        return { ok: true, documents: parseLocatedYaml(text, file, limits), syntax: 'yaml' };
    }
    catch (e) {
        if (e instanceof TemplateSyntaxError)
            return { ok: false, message: `invalid YAML: ${e.message}`, ...(e.line ? { line: e.line } : {}), ...(e.column ? { column: e.column } : {}) };
        throw e;
    }
}
/** The resource type prefix that makes a document a template, and its dialect. */
function dialectOfType(type) {
    if (type.startsWith('AWS::'))
        return 'cloudformation';
    if (type.startsWith('ALIYUN::'))
        return 'ros';
    return undefined;
}
/** Resource declarations, looking into `Fn::ForEach` loop bodies too. */
function* declarations(resources, depth = 0) {
    for (const [key, r] of resources.entries) {
        if (key.startsWith('Fn::ForEach::') && r.t === 'list' && depth < 4) {
            const body = r.items[2];
            if (body?.t === 'map')
                yield* declarations(body, depth + 1);
        }
        else if (r.t === 'map')
            yield r;
    }
}
/** The document as a template, or undefined when it is not one. */
export function asTemplate(doc) {
    const root = doc.value;
    if (root.t !== 'map')
        return undefined;
    const resources = root.entries.get('Resources');
    if (!resources || resources.t !== 'map')
        return undefined;
    let dialect;
    for (const r of declarations(resources)) {
        const type = r.entries.get('Type');
        const d = type?.t === 'string' ? dialectOfType(type.v) : undefined;
        if (d === 'ros') {
            dialect = 'ros';
            break;
        }
        dialect ??= d;
    }
    // A declared format version makes it a template even when no resource type says so (only Custom:: types, Fn::ForEach).
    if (root.entries.has('ROSTemplateFormatVersion'))
        dialect = 'ros';
    else if (!dialect && root.entries.has('AWSTemplateFormatVersion'))
        dialect = 'cloudformation';
    if (!dialect)
        return undefined;
    return { index: doc.index, dialect, root, resources };
}
// Keys start a line (YAML, pretty JSON) or follow `{` / `,` (minified JSON).
const KEY_START = String.raw `(?:^|[\s{,])["']?`;
const FORMAT_VERSION_KEY = new RegExp(String.raw `${KEY_START}(?:AWS|ROS)TemplateFormatVersion["']?\s*:`);
const RESOURCES_KEY = new RegExp(String.raw `${KEY_START}Resources["']?\s*:`);
const TEMPLATE_TYPE = new RegExp(String.raw `${KEY_START}Type["']?\s*:\s*["']?(?:AWS|ALIYUN)::`);
/** Cheap test before parsing: can this text hold a template at all? */
export function mayBeTemplate(text) {
    return (text.includes('Resources') && (text.includes('AWS::') || text.includes('ALIYUN::'))) || text.includes('TemplateFormatVersion');
}
/**
 * Does the text look like a template even though it does not parse (so that its syntax error is worth reporting)?
 * The signs are keys, found anywhere: a minified JSON template is one line, and its keys follow `{` or `,`.
 */
export function looksLikeBrokenTemplate(text) {
    return FORMAT_VERSION_KEY.test(text) || (RESOURCES_KEY.test(text) && TEMPLATE_TYPE.test(text));
}
