/**
 * Firewalls created by widely used registry modules that are not downloaded.
 * The source hands such a call over as a SourceResource of type 'module' with
 * its evaluated arguments; for the modules known here we model the security
 * group or network ACL the module would create from those arguments and the
 * module's defaults, and nothing else.
 *
 * terraform-aws-modules/security-group/aws (and its //modules/<service> submodules):
 * - `ingress_rules` (named rules) each become a rule with `ingress_cidr_blocks`
 *   and `ingress_ipv6_cidr_blocks` as sources; a submodule adds its service's
 *   rules to `ingress_rules` on its own (auto_ingress_rules);
 * - `ingress_with_cidr_blocks` / `ingress_with_ipv6_cidr_blocks` entries take
 *   their own comma-separated `cidr_blocks` / `ipv6_cidr_blocks`, else the
 *   module-wide lists; ports from `from_port`/`to_port`/`protocol` or `rule`;
 * - the `computed_*` variants behave the same; rules with a source security
 *   group or `self` admit no internet address and are not modelled;
 * - with no rules, `ingress_cidr_blocks` alone opens nothing.
 *
 * terraform-aws-modules/vpc/aws:
 * - the default network ACL is adopted (`manage_default_network_acl`, default
 *   true from v5.0.0, false before) with `default_network_acl_ingress`
 *   (default: allow everything from 0.0.0.0/0 and ::/0);
 * - `<tier>_dedicated_network_acl = true` gives a tier its own ACL with
 *   `<tier>_inbound_acl_rules` (default: allow everything from 0.0.0.0/0).
 */
import { known, unknownFact } from '../../../model/fact.js';
import { UNEVALUATED_MODULE_TYPE } from '../../../model/source-resource.js';
import { asBool, asList, asNumber, asString, present } from '../../../model/value.js';
import { ALL_PORTS, awsPortRange, normalizeProtocol } from '../../../model/ports.js';
import { attr, baseOf } from './common.js';
import { SECURITY_GROUP_MODULE_RULES, SECURITY_GROUP_SUBMODULE_RULES } from './security-group-module-rules.js';
import { newestAllowedIsAtLeast } from './storage-modules.js';
export const SG_MODULE = /^(?:(?:registry\.terraform\.io|app\.terraform\.io)\/)?terraform-aws-modules\/security-group\/aws(?:\/\/modules\/([\w-]+))?(?:\?.*)?$/i;
export const SG_MODULE_GIT = /github\.com[/:]terraform-aws-modules\/terraform-aws-security-group(?:\.git)?(?:\/\/modules\/([\w-]+))?(?:\?|$)/i;
export const VPC_MODULE = /^(?:(?:registry\.terraform\.io|app\.terraform\.io)\/)?terraform-aws-modules\/vpc\/aws(?:\/\/[^?]*)?(?:\?.*)?$/i;
export const VPC_MODULE_GIT = /github\.com[/:]terraform-aws-modules\/terraform-aws-vpc(?:\.git)?(?:\/\/[^?]*)?(?:\?ref=v?([0-9][^&]*))?/i;
function moduleCalls(ctx) {
    return ctx.byType(UNEVALUATED_MODULE_TYPE);
}
function sourceOf(call) {
    return asString(attr(call, 'source')) ?? '';
}
/** The service submodule of a security-group module call ('' for the root module), or undefined for other modules. */
function securityGroupModule(call) {
    const source = sourceOf(call);
    const m = SG_MODULE.exec(source) ?? SG_MODULE_GIT.exec(source);
    return m ? (m[1] ?? '') : undefined;
}
function reasonOf(v) {
    if (v.t === 'unknown')
        return v.reason;
    if (v.t === 'ref')
        return `${v.ref.address}.${v.ref.attr.join('.')} is known only after apply`;
    return `unexpected ${v.t} value`;
}
/** CIDR sources from a list argument (or a comma-separated string, as the module's maps take them). */
function cidrSources(v, what) {
    if (!present(v))
        return [];
    if (v.t === 'unknown' || v.t === 'ref')
        return [{ kind: 'unknown', reason: `${what}: ${reasonOf(v)}` }];
    const out = [];
    for (const item of asList(v)) {
        if (item.t === 'null')
            continue;
        const s = asString(item);
        if (s === undefined)
            out.push({ kind: 'unknown', reason: `${what}: ${reasonOf(item)}` });
        else
            for (const c of s.split(',').map((x) => x.trim()).filter(Boolean))
                out.push({ kind: 'cidr', cidr: c });
    }
    return out;
}
function namedRule(name) {
    const r = SECURITY_GROUP_MODULE_RULES[name];
    if (!r)
        return { protocol: unknownFact(`rule "${name}" is not a known rule of the module`), ports: unknownFact(`rule "${name}" is not a known rule of the module`) };
    const protocol = normalizeProtocol(r[2]);
    const range = awsPortRange(protocol, r[0], r[1]) ?? ALL_PORTS;
    return { protocol: known(protocol), ports: known(range) };
}
function portsOf(m) {
    const rule = asString(m.entries.get('rule'));
    const fromValue = m.entries.get('from_port');
    const protoValue = m.entries.get('protocol');
    if (!present(fromValue) && !present(protoValue) && rule)
        return namedRule(rule);
    const base = rule ? namedRule(rule) : undefined;
    const protoText = present(protoValue) ? asString(protoValue) : undefined;
    const protocol = protoText !== undefined ? known(normalizeProtocol(protoText)) : base?.protocol ?? unknownFact('protocol not set');
    if (!protocol.known)
        return { protocol, ports: unknownFact(protocol.reason) };
    const from = present(fromValue) ? asNumber(fromValue) : base?.ports.known ? base.ports.value.from : undefined;
    const toValue = m.entries.get('to_port');
    const to = present(toValue) ? asNumber(toValue) : base?.ports.known ? base.ports.value.to : undefined;
    if (protocol.value === 'all')
        return { protocol, ports: known(ALL_PORTS) };
    if (from === undefined || to === undefined)
        return { protocol, ports: unknownFact('ports not set') };
    const range = awsPortRange(protocol.value, from, to);
    return { protocol, ports: range ? known(range) : unknownFact(`invalid port range ${from}-${to}`) };
}
function ruleSet(key, loc, protocol, ports, sources, address) {
    return sources.map((source) => ({ direction: 'ingress', protocol, ports, policy: known('accept'), source, ...(loc ? { loc } : {}), key, address }));
}
function securityGroupFromModule(call, service) {
    if (asBool(attr(call, 'create')) === false || asBool(attr(call, 'create_sg')) === false)
        return undefined;
    const rules = [];
    for (const prefix of ['', 'computed_']) {
        const v4 = attr(call, `${prefix}ingress_cidr_blocks`) ?? attr(call, 'ingress_cidr_blocks');
        const v6 = attr(call, `${prefix}ingress_ipv6_cidr_blocks`) ?? attr(call, 'ingress_ipv6_cidr_blocks');
        const namesValue = attr(call, `${prefix}ingress_rules`);
        const names = [];
        if (prefix === '' && service)
            for (const n of SECURITY_GROUP_SUBMODULE_RULES[service] ?? [])
                names.push({ name: n, loc: v4?.loc ?? v6?.loc ?? call.loc });
        for (const item of asList(namesValue)) {
            const n = asString(item);
            if (n)
                names.push({ name: n, loc: item.loc ?? namesValue?.loc });
        }
        names.forEach(({ name, loc }, i) => {
            const { protocol, ports } = namedRule(name);
            const sources = [...cidrSources(v4, `${prefix}ingress_cidr_blocks`), ...cidrSources(v6, `${prefix}ingress_ipv6_cidr_blocks`)];
            rules.push(...ruleSet(`${call.address}.${prefix}ingress_rules[${i}]`, loc, protocol, ports, sources, call.address));
        });
        for (const [arg, own, fallback] of [
            [`${prefix}ingress_with_cidr_blocks`, 'cidr_blocks', v4],
            [`${prefix}ingress_with_ipv6_cidr_blocks`, 'ipv6_cidr_blocks', v6],
        ]) {
            asList(attr(call, arg)).forEach((item, i) => {
                if (item.t !== 'map')
                    return;
                const { protocol, ports } = portsOf(item);
                const sources = present(item.entries.get(own)) ? cidrSources(item.entries.get(own), `${arg}[${i}].${own}`) : cidrSources(fallback, `${arg}[${i}] (module-wide list)`);
                rules.push(...ruleSet(`${call.address}.${arg}[${i}]`, item.loc ?? call.loc, protocol, ports, sources, call.address));
            });
        }
    }
    return {
        ...baseOf(call),
        id: `${call.address}.aws_security_group.this[0]`,
        kind: 'security-group',
        sourceType: 'aws_security_group',
        network: { kind: 'unknown', reason: `${call.address} is a registry module that was not evaluated` },
        isDefault: false,
        rules,
    };
}
/** Would the vpc module adopt the default network ACL? */
function managesDefaultAcl(call) {
    const explicit = asBool(attr(call, 'manage_default_network_acl'));
    if (explicit !== undefined)
        return explicit;
    const source = sourceOf(call);
    const gitRef = VPC_MODULE_GIT.exec(source)?.[1];
    return newestAllowedIsAtLeast(gitRef ?? asString(attr(call, 'version')), [5, 0, 0]) ?? true;
}
const ALLOW_ALL_V4 = { rule_no: 100, action: 'allow', protocol: '-1', from_port: 0, to_port: 0, cidr_block: '0.0.0.0/0' };
const ALLOW_ALL_V6 = { rule_no: 101, action: 'allow', protocol: '-1', from_port: 0, to_port: 0, ipv6_cidr_block: '::/0' };
/** ACL entries from the module's list-of-maps arguments (default ACL keys rule_no/action, tier ACL keys rule_number/rule_action). */
function aclEntries(v, defaults, call, key) {
    const items = [];
    if (present(v) && v.t !== 'unknown' && v.t !== 'ref')
        for (const item of asList(v))
            if (item.t === 'map')
                items.push({ get: (k) => item.entries.get(k), loc: item.loc ?? v.loc ?? call.loc });
    if (!present(v))
        for (const d of defaults)
            items.push({ get: (k) => d[k], loc: call.loc });
    if (present(v) && (v.t === 'unknown' || v.t === 'ref')) {
        const reason = `${key}: ${reasonOf(v)}`;
        return [{ ruleNumber: unknownFact(reason), egress: false, protocol: unknownFact(reason), action: unknownFact(reason), cidr: unknownFact(reason), ports: unknownFact(reason), loc: v.loc ?? call.loc, key: `${call.address}.${key}` }];
    }
    return items.map(({ get, loc }, i) => {
        const text = (k) => {
            const x = get(k);
            if (x === undefined)
                return undefined;
            if (typeof x === 'string' || typeof x === 'number')
                return String(x);
            return asString(x);
        };
        const proto = text('protocol');
        const protocol = proto !== undefined ? known(normalizeProtocol(proto)) : unknownFact('protocol not set');
        const action = (text('action') ?? text('rule_action'))?.toLowerCase();
        const cidr = text('cidr_block') ?? text('ipv6_cidr_block');
        const ruleNo = Number(text('rule_no') ?? text('rule_number'));
        const from = Number(text('from_port'));
        const to = Number(text('to_port'));
        const range = protocol.known ? awsPortRange(protocol.value, from, to) ?? (protocol.value === 'tcp' || protocol.value === 'udp' ? undefined : ALL_PORTS) : undefined;
        return {
            ruleNumber: Number.isFinite(ruleNo) ? known(ruleNo) : unknownFact('rule number not set'),
            egress: false,
            protocol,
            action: action === 'allow' || action === 'deny' ? known(action) : unknownFact('action not set'),
            cidr: cidr !== undefined ? known(cidr) : unknownFact('no CIDR block'),
            ports: range ? known(range) : unknownFact('ports not set'),
            loc,
            key: `${call.address}.${key}[${i}]`,
        };
    });
}
const TIERS = ['public', 'private', 'intra', 'database', 'redshift', 'elasticache', 'outpost'];
function aclsFromVpcModule(call) {
    const out = [];
    const network = { kind: 'unknown', reason: `${call.address} is a registry module that was not evaluated` };
    if (managesDefaultAcl(call))
        out.push({
            ...baseOf(call),
            id: `${call.address}.aws_default_network_acl.this[0]`,
            kind: 'network-acl',
            sourceType: 'aws_default_network_acl',
            network,
            isDefault: true,
            subnets: [],
            entries: aclEntries(attr(call, 'default_network_acl_ingress'), [ALLOW_ALL_V4, ALLOW_ALL_V6], call, 'default_network_acl_ingress'),
        });
    for (const tier of TIERS) {
        if (asBool(attr(call, `${tier}_dedicated_network_acl`)) !== true)
            continue;
        out.push({
            ...baseOf(call),
            id: `${call.address}.aws_network_acl.${tier}[0]`,
            kind: 'network-acl',
            sourceType: 'aws_network_acl',
            network,
            isDefault: false,
            subnets: [],
            entries: aclEntries(attr(call, `${tier}_inbound_acl_rules`), [{ rule_number: 100, rule_action: 'allow', from_port: 0, to_port: 0, protocol: '-1', cidr_block: '0.0.0.0/0' }], call, `${tier}_inbound_acl_rules`),
        });
    }
    return out;
}
/** Security groups and network ACLs of the registry modules modelled here. */
export function firewallsFromKnownModules(ctx) {
    const out = [];
    for (const call of moduleCalls(ctx)) {
        const service = securityGroupModule(call);
        if (service !== undefined) {
            const group = securityGroupFromModule(call, service);
            if (group)
                out.push(group);
            continue;
        }
        const source = sourceOf(call);
        if (VPC_MODULE.test(source) || VPC_MODULE_GIT.test(source))
            out.push(...aclsFromVpcModule(call));
    }
    return out;
}
