/**
 * IAM-style resource policies (AWS S3 bucket policies, OpenSearch access
 * policies, Alibaba OSS bucket policies and RAM documents): parsing them from
 * a located value into a PolicyDocument, and the one question rules ask of a
 * statement — does it let anyone in, and if something restricts it, what?
 *
 * Accepted inputs: a JSON string (a heredoc, `jsonencode(...)` output), a
 * located map (`jsonencode({...})` kept as a map by the evaluator), and the
 * statement blocks of Terraform's `aws_iam_policy_document` data source, which
 * Terraform computes locally from its arguments.
 */
import { isEveryone, isPrivateCidr, parseCidr } from './cidr.js';
import { known, unknownFact } from './fact.js';
import { asList, asString, fromPlain, getPath, unknown, UNKNOWN_TEXT } from './value.js';
function unknownReasonOf(v) {
    if (v.t === 'unknown')
        return v.reason;
    if (v.t === 'ref')
        return `${v.ref.address}.${v.ref.attr.join('.')} is known only after apply`;
    return `unexpected ${v.t} value`;
}
/** Strings of a string-or-list value; unknown items are reported, not guessed. */
function stringsOf(v) {
    if (!v || v.t === 'null')
        return { values: [] };
    if (v.t === 'unknown' || v.t === 'ref')
        return { values: [], unknown: unknownReasonOf(v) };
    const values = [];
    let unknown;
    for (const item of asList(v)) {
        if (item.t === 'null')
            continue;
        const s = asString(item);
        if (s !== undefined)
            values.push(s);
        else
            unknown ??= unknownReasonOf(item);
    }
    return unknown ? { values, unknown } : { values };
}
/** Looks a key up case-insensitively: policy grammar keys are case-sensitive in AWS, but OSS and hand-written policies vary. */
function field(map, name) {
    const exact = map.entries.get(name);
    if (exact)
        return exact;
    const lower = name.toLowerCase();
    for (const [k, v] of map.entries)
        if (k.toLowerCase() === lower)
            return v;
    return undefined;
}
/**
 * Principal identifiers of a string-or-list value. A computed attribute of a
 * resource or data source (an account id from aws_caller_identity, a role ARN)
 * is an identifier, never the wildcard, so it is kept as a named placeholder;
 * an unknown with no resource behind it (a variable without a value) could be
 * "*" and stays unknown.
 */
function principalIds(v) {
    if (!v || v.t === 'null')
        return { values: [] };
    const values = [];
    for (const item of asList(v)) {
        if (item.t === 'null')
            continue;
        const s = asString(item);
        if (s !== undefined)
            values.push(s);
        else if (item.t === 'ref')
            values.push(`(${item.ref.address}${item.ref.attr.length ? '.' + item.ref.attr.join('.') : ''})`);
        else if (item.t === 'unknown' && item.ref)
            values.push(`(${item.ref.address}${item.ref.attr.length ? '.' + item.ref.attr.join('.') : ''})`);
        else
            return { values, unknown: unknownReasonOf(item) };
    }
    return { values };
}
/**
 * Principals as flat strings: `*` for anyone (`"*"`, `{"AWS": "*"}`, `["*"]` in
 * OSS); AWS principals as written; other principal types keep their type as a
 * prefix (`Service:logging.s3.amazonaws.com`, `Service:*`) so that a service
 * wildcard is never mistaken for "anyone".
 */
function principalsOf(v) {
    if (v.t === 'unknown' || v.t === 'ref' || v.t === 'string' || v.t === 'list') {
        const { values, unknown } = principalIds(v);
        if (unknown)
            return unknownFact(unknown, v.loc);
        return known(values, v.loc);
    }
    if (v.t === 'map') {
        const out = [];
        for (const [type, ids] of v.entries) {
            const { values, unknown } = principalIds(ids);
            if (unknown)
                return unknownFact(`principal ${type}: ${unknown}`, ids.loc ?? v.loc);
            for (const id of values)
                out.push(type.toUpperCase() === 'AWS' ? id : `${type}:${id}`);
        }
        return known(out, v.loc);
    }
    return unknownFact(`unexpected ${v.t} principal`, v.loc);
}
function conditionsOf(v) {
    if (!v || v.t === 'null')
        return { conditions: [] };
    if (v.t !== 'map')
        return { conditions: [], unknown: v.t === 'unknown' || v.t === 'ref' ? unknownReasonOf(v) : `unexpected ${v.t} condition` };
    const conditions = [];
    for (const [operator, keys] of v.entries) {
        if (keys.t !== 'map') {
            conditions.push({ operator, key: '', values: [], unknown: keys.t === 'unknown' || keys.t === 'ref' ? unknownReasonOf(keys) : 'unreadable condition' });
            continue;
        }
        for (const [key, values] of keys.entries) {
            const read = stringsOf(values);
            conditions.push({ operator, key: key.toLowerCase(), values: read.values, ...(read.unknown ? { unknown: read.unknown } : {}) });
        }
    }
    return { conditions };
}
function effectOf(v) {
    const s = asString(v)?.toLowerCase();
    if (s === 'allow')
        return 'Allow';
    if (s === 'deny')
        return 'Deny';
    return undefined;
}
/** One statement of a JSON-shaped policy (`{"Effect": ..., "Principal": ...}`). */
function statementOf(st, fallbackLoc, incomplete) {
    const effect = effectOf(field(st, 'Effect'));
    const sid = asString(field(st, 'Sid'));
    if (!effect) {
        incomplete.push(`statement${sid ? ` ${sid}` : ''} has no readable Effect`);
        return undefined;
    }
    const principal = field(st, 'Principal');
    const notPrincipal = field(st, 'NotPrincipal');
    let principals = known([], principal?.loc);
    if (principal && principal.t !== 'null')
        principals = principalsOf(principal);
    const notPrincipals = notPrincipal && notPrincipal.t !== 'null' ? principalsOf(notPrincipal) : undefined;
    if (notPrincipals && !notPrincipals.known)
        principals = notPrincipals;
    const conditionRead = conditionsOf(field(st, 'Condition'));
    if (conditionRead.unknown)
        incomplete.push(`statement${sid ? ` ${sid}` : ''} condition: ${conditionRead.unknown}`);
    const notActions = stringsOf(field(st, 'NotAction')).values;
    return {
        effect,
        principals,
        ...(notPrincipals?.known ? { notPrincipals: notPrincipals.value } : {}),
        ...(sid ? { sid } : {}),
        actions: stringsOf(field(st, 'Action')).values,
        ...(notActions.length > 0 ? { notActions } : {}),
        resources: stringsOf(field(st, 'Resource')).values,
        conditions: conditionRead.unknown
            ? [...conditionRead.conditions, { operator: '', key: '', values: [], unknown: conditionRead.unknown }]
            : conditionRead.conditions,
        loc: st.loc ?? fallbackLoc,
    };
}
/** Statements of a JSON-shaped document held as a located map. */
function documentFromMap(doc, address) {
    const statementValue = field(doc, 'Statement');
    if (!statementValue || statementValue.t === 'null')
        return known({ statements: [], loc: doc.loc, ...(address ? { address } : {}) }, doc.loc);
    if (statementValue.t === 'unknown' || statementValue.t === 'ref')
        return unknownFact(`policy statements: ${unknownReasonOf(statementValue)}`, statementValue.loc ?? doc.loc);
    const incomplete = [];
    const statements = [];
    for (const item of asList(statementValue)) {
        if (item.t === 'map') {
            const st = statementOf(item, doc.loc, incomplete);
            if (st)
                statements.push(st);
        }
        else if (item.t === 'unknown' || item.t === 'ref') {
            incomplete.push(`a statement is unknown: ${unknownReasonOf(item)}`);
        }
    }
    return known({ statements, loc: doc.loc, ...(address ? { address } : {}), ...(incomplete.length > 0 ? { incomplete } : {}) }, doc.loc);
}
/**
 * Parses a policy written as a JSON string or as a located map. Absent or null
 * values have no policy; an unknown value (a variable, a computed attribute) is
 * an unknown fact. Data-source references (aws_iam_policy_document) are handed
 * to `resolveRef` when given.
 */
export function parsePolicyDocument(value, address, resolveRef) {
    switch (value.t) {
        case 'string': {
            const text = value.v.trim();
            if (text === '')
                return known({ statements: [], loc: value.loc, ...(address ? { address } : {}) }, value.loc);
            let json;
            try {
                json = JSON.parse(text);
            }
            catch (e) {
                return unknownFact(`the policy is not valid JSON (${e.message})`, value.loc);
            }
            if (typeof json !== 'object' || json === null || Array.isArray(json))
                return unknownFact('the policy is not a JSON object', value.loc);
            // Positions inside a JSON string are not tracked: every statement points at the policy attribute.
            return documentFromMap(fromPlain(json, value.loc), address);
        }
        case 'map':
            return documentFromMap(value, address);
        case 'unknown':
        case 'ref': {
            // jsonencode() of a map with computed parts: the map's known parts still say who is let in.
            if (value.t === 'unknown' && value.partial?.t === 'map')
                return documentFromMap(value.partial, address);
            // A heredoc or template policy with computed parts: its known text still says who is let in.
            if (value.t === 'unknown' && value.partial?.t === 'string') {
                const partial = partialDocumentMap(value.partial.v, value.reason, value.loc);
                if (partial)
                    return documentFromMap(partial, address);
            }
            const ref = value.ref;
            const resolved = ref && resolveRef ? resolveRef(ref) : undefined;
            if (resolved)
                return resolved.known && address ? known({ ...resolved.value, address }, resolved.loc) : resolved;
            return unknownFact(unknownReasonOf(value), value.loc);
        }
        default:
            return unknownFact(`the policy is a ${value.t}, not a document`, value.loc);
    }
}
/** Parses a policy's text whose unknown parts are UNKNOWN_TEXT markers; strings holding a marker become unknowns. */
function partialDocumentMap(text, reason, loc) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        return undefined;
    const mark = (v) => {
        if (v.t === 'string' && v.v.includes(UNKNOWN_TEXT))
            return unknown(reason, loc);
        if (v.t === 'list')
            return { ...v, items: v.items.map(mark) };
        if (v.t === 'map')
            return { ...v, entries: new Map([...v.entries].map(([k, item]) => [k, mark(item)])) };
        return v;
    };
    return mark(fromPlain(json, loc));
}
// ---- aws_iam_policy_document ----
/** Principal blocks (`principals { type identifiers }`) as flat strings, the way the rendered JSON reads. */
function principalBlocksOf(v) {
    if (!v || v.t === 'null')
        return undefined;
    if (v.t === 'unknown' || v.t === 'ref')
        return unknownFact(`principals: ${unknownReasonOf(v)}`, v.loc);
    const out = [];
    for (const block of asList(v)) {
        if (block.t !== 'map')
            return unknownFact(`principals: ${block.t === 'unknown' || block.t === 'ref' ? unknownReasonOf(block) : 'unreadable block'}`, block.loc ?? v.loc);
        const type = asString(getPath(block, 'type'));
        const ids = principalIds(getPath(block, 'identifiers'));
        if (type === undefined)
            return unknownFact('principals: type is unknown', block.loc);
        if (ids.unknown)
            return unknownFact(`principals ${type}: ${ids.unknown}`, block.loc);
        for (const id of ids.values)
            out.push(type === '*' || type.toUpperCase() === 'AWS' ? id : `${type}:${id}`);
    }
    return known(out, v.loc);
}
function conditionBlocksOf(v) {
    const out = [];
    for (const block of asList(v)) {
        if (block.t !== 'map') {
            out.push({ operator: '', key: '', values: [], unknown: block.t === 'unknown' || block.t === 'ref' ? unknownReasonOf(block) : 'unreadable condition' });
            continue;
        }
        const values = stringsOf(getPath(block, 'values'));
        out.push({
            operator: asString(getPath(block, 'test')) ?? '',
            key: (asString(getPath(block, 'variable')) ?? '').toLowerCase(),
            values: values.values,
            ...(values.unknown ? { unknown: values.unknown } : {}),
        });
    }
    return out;
}
function statementFromBlock(block) {
    const sid = asString(getPath(block, 'sid'));
    const effect = effectOf(getPath(block, 'effect')) ?? 'Allow';
    const notPrincipals = principalBlocksOf(getPath(block, 'not_principals'));
    let principals = principalBlocksOf(getPath(block, 'principals')) ?? known([]);
    if (notPrincipals && !notPrincipals.known)
        principals = notPrincipals;
    const notActions = stringsOf(getPath(block, 'not_actions')).values;
    return {
        effect,
        principals,
        ...(notPrincipals?.known ? { notPrincipals: notPrincipals.value } : {}),
        ...(sid ? { sid } : {}),
        actions: stringsOf(getPath(block, 'actions')).values,
        ...(notActions.length > 0 ? { notActions } : {}),
        resources: stringsOf(getPath(block, 'resources')).values,
        conditions: conditionBlocksOf(getPath(block, 'condition')),
        loc: block.loc,
    };
}
/**
 * The document an `aws_iam_policy_document` data source renders: its statement
 * blocks, merged with `source_policy_documents` / `source_json` (statements
 * added) and `override_policy_documents` / `override_json` (statements with
 * the same sid replaced), as Terraform does.
 */
export function policyFromIamPolicyDocument(data, resolveRef, depth = 0) {
    const incomplete = [];
    const statements = [];
    const merge = (docs, override) => {
        for (const item of asList(docs)) {
            if (item.t === 'null')
                continue;
            const doc = depth > 8 ? unknownFact('policy documents nest too deeply') : parsePolicyDocument(item, undefined, resolveRef);
            if (!doc.known) {
                incomplete.push(`${override ? 'an override' : 'a source'} policy document is unknown: ${doc.reason}`);
                continue;
            }
            for (const st of doc.value.statements) {
                const same = override && st.sid ? statements.findIndex((s) => s.sid === st.sid) : -1;
                if (same >= 0)
                    statements[same] = st;
                else
                    statements.push(st);
            }
            if (doc.value.incomplete)
                incomplete.push(...doc.value.incomplete);
        }
    };
    merge(getPath(data.attrs, 'source_policy_documents'), false);
    merge(getPath(data.attrs, 'source_json'), false);
    const own = data.attrs.entries.get('statement');
    if (own && (own.t === 'unknown' || own.t === 'ref'))
        incomplete.push(`statements: ${unknownReasonOf(own)}`);
    for (const block of asList(own)) {
        if (block.t === 'map') {
            const st = statementFromBlock(block);
            const same = st.sid ? statements.findIndex((s) => s.sid === st.sid) : -1;
            if (same >= 0)
                statements[same] = st;
            else
                statements.push(st);
        }
        else if (block.t === 'unknown' || block.t === 'ref')
            incomplete.push(`a statement is unknown: ${unknownReasonOf(block)}`);
    }
    merge(getPath(data.attrs, 'override_policy_documents'), true);
    merge(getPath(data.attrs, 'override_json'), true);
    return known({ statements, loc: data.loc, address: data.address, ...(incomplete.length > 0 ? { incomplete } : {}) }, data.loc);
}
/**
 * A resolver for references to `data.aws_iam_policy_document.<name>.json`
 * (also `minified_json`), given the scan's data sources by address. Count and
 * for_each instances are matched by their base address when the reference
 * names the un-indexed data source.
 */
export function iamPolicyDocumentResolver(dataByAddress) {
    const resolve = (ref) => {
        if (!dataByAddress || !/(^|\.)data\.aws_iam_policy_document\./.test(ref.address))
            return undefined;
        const attr = ref.attr[0];
        if (attr !== undefined && attr !== 'json' && attr !== 'minified_json')
            return undefined;
        let data = dataByAddress.get(ref.address);
        if (!data) {
            const prefix = ref.address + '[';
            for (const [address, d] of dataByAddress)
                if (address.startsWith(prefix)) {
                    data = d;
                    break;
                }
        }
        if (!data)
            return undefined;
        return policyFromIamPolicyDocument(data, resolve);
    };
    return resolve;
}
// ---- who a statement lets in ----
/** Condition keys that tie access to a known identity, account, organisation or calling resource. */
const IDENTITY_KEYS = new Set([
    'aws:principalorgid',
    'aws:principalorgpaths',
    'aws:principalaccount',
    'aws:principalarn',
    'aws:principalservicename',
    'aws:principalisawsservice',
    'aws:sourceaccount',
    'aws:sourcearn',
    'aws:sourceowner',
    'aws:sourceorgid',
    'aws:sourceorgpaths',
    'aws:userid',
    's3:dataaccesspointaccount',
    's3:dataaccesspointarn',
    's3:x-amz-server-side-encryption-aws-kms-key-id',
    'acs:accessid',
    'acs:principalaccount',
]);
/** Condition keys that confine requests to a private network (a VPC or VPC endpoint). */
const PRIVATE_NETWORK_KEYS = new Set(['aws:sourcevpc', 'aws:sourcevpce', 'aws:vpcsourceip', 'acs:sourcevpc', 'acs:sourcevpcid']);
/** Condition keys that confine requests to addresses. */
const SOURCE_IP_KEYS = new Set(['aws:sourceip', 'acs:sourceip']);
/** An operator that only lets listed values through (and not requests lacking the key). */
function isMatchingOperator(operator) {
    const op = operator.replace(/^ForAnyValue:/i, '');
    if (/IfExists$/i.test(op) || /^ForAllValues:/i.test(operator))
        return false;
    return /^(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike|Bool|NumericEquals)$/i.test(op);
}
/** A value fixed enough to name someone: not a bare wildcard, and no wildcard in an ARN's account field. */
function isFixedValue(value) {
    if (/^[*?]*$/.test(value))
        return false;
    const arn = value.split(':');
    if (arn[0] === 'arn' && arn.length >= 5 && /^[*?]+$/.test(arn[4] ?? ''))
        return false;
    return true;
}
function describeCondition(c) {
    return `${c.operator} ${c.key} ${c.values.length > 0 ? c.values.join(', ') : `(${c.unknown ?? 'no values'})`}`;
}
/**
 * Classifies an Allow statement by who it admits. The AWS definition of a
 * public bucket policy is followed for what restricts (fixed values of
 * identity, account, organisation, VPC or source-IP keys, with a matching
 * operator), with one addition: a grant to everyone that only a source-IP
 * condition narrows is reported separately, since it still needs no
 * credentials (IAM Access Analyzer reports such grants too). A source range of
 * /0 (or wider than /8) restricts nothing.
 */
export function assessStatement(st) {
    if (st.effect !== 'Allow')
        return { kind: 'not-public' };
    let anyone;
    if (st.notPrincipals !== undefined) {
        // Allow + NotPrincipal grants everyone except the listed principals.
        anyone = true;
    }
    else if (!st.principals.known) {
        return { kind: 'unknown', reason: `the statement's principal is unknown: ${st.principals.reason}` };
    }
    else {
        anyone = st.principals.value.some((p) => p.trim() === '*');
    }
    if (!anyone)
        return { kind: 'not-public' };
    const restricting = [];
    const ipRanges = [];
    const ipConditions = [];
    let ipUnknown;
    let undecided;
    for (const c of st.conditions) {
        if (c.key === '' && c.unknown) {
            undecided ??= `a condition is unknown: ${c.unknown}`;
            continue;
        }
        if (SOURCE_IP_KEYS.has(c.key)) {
            const op = c.operator.replace(/^ForAnyValue:/i, '');
            if (/^IpAddress$/i.test(op)) {
                if (c.values.some((v) => isEveryone(v)))
                    continue;
                ipRanges.push(...c.values);
                ipConditions.push(describeCondition(c));
                if (c.unknown)
                    ipUnknown ??= c.unknown;
            }
            else if (/^NotIpAddress$/i.test(op) && c.values.some((v) => isEveryone(v))) {
                restricting.push(describeCondition(c));
            }
            continue;
        }
        if (!isMatchingOperator(c.operator))
            continue;
        const fixed = c.values.length > 0 && c.values.every(isFixedValue);
        if (IDENTITY_KEYS.has(c.key) || PRIVATE_NETWORK_KEYS.has(c.key)) {
            if (c.key === 'aws:principalisawsservice' && !c.values.some((v) => v.toLowerCase() === 'true'))
                continue;
            if (fixed || (c.values.length === 0 && c.unknown))
                restricting.push(describeCondition(c));
        }
    }
    if (restricting.length > 0)
        return { kind: 'restricted', detail: restricting.join('; ') };
    if (ipConditions.length > 0) {
        const allPrivate = ipRanges.length > 0 && !ipUnknown && ipRanges.every((r) => {
            const c = parseCidr(r);
            return c !== undefined && isPrivateCidr(c);
        });
        // Private source addresses only arrive through a VPC: nobody on the internet matches them.
        if (allPrivate)
            return { kind: 'restricted', detail: ipConditions.join('; ') };
        return { kind: 'source-ip-only', detail: ipConditions.join('; '), ranges: ipRanges, ...(ipUnknown ? { unknown: ipUnknown } : {}) };
    }
    if (undecided)
        return { kind: 'unknown', reason: undecided };
    const who = st.notPrincipals !== undefined ? `everyone except ${st.notPrincipals.join(', ')} (NotPrincipal)` : 'Principal "*"';
    const actions = st.actions.length > 0 ? st.actions.join(', ') : st.notActions ? `all but ${st.notActions.join(', ')}` : '(no actions)';
    return { kind: 'open', detail: `Allow ${actions} to ${who}` };
}
/** True when an Allow statement admits anyone, with no condition that restricts who or from where. */
export function isOpenToEveryone(st) {
    return assessStatement(st).kind === 'open';
}
/** A short label for a statement in messages: its Sid, else its position. */
export function statementLabel(doc, st) {
    return st.sid ? `statement "${st.sid}"` : `statement ${doc.statements.indexOf(st) + 1}`;
}
