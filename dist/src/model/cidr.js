/**
 * IPv4/IPv6 address ranges as firewalls, ACLs and allowlists write them, and the
 * two questions rules ask of them: does this range let "anyone on the internet"
 * in, and does it stay inside private address space?
 *
 * A range whose prefix is shorter than /8 is treated as everyone: 0.0.0.0/1 or
 * 1.2.3.4/5 admit hundreds of millions of addresses, so an attacker is in them.
 * Host bits are ignored the way AWS and Alibaba normalise them (0.1.0.0/0 is
 * 0.0.0.0/0).
 */
/** Prefixes shorter than this admit so much of the address space that we call them "everyone". */
export const WIDE_PREFIX_V4 = 8;
export const WIDE_PREFIX_V6 = 8;
const BITS = { 4: 32, 6: 128 };
function parseIpv4(s) {
    const parts = s.split('.');
    if (parts.length !== 4)
        return undefined;
    let out = 0n;
    for (const p of parts) {
        if (!/^\d{1,3}$/.test(p))
            return undefined;
        const n = Number(p);
        if (n > 255)
            return undefined;
        out = (out << 8n) | BigInt(n);
    }
    return out;
}
function parseIpv6(s) {
    if (s.length === 0 || s.includes(':::'))
        return undefined;
    let text = s;
    // An embedded IPv4 tail (::ffff:1.2.3.4) is two hextets.
    const lastColon = text.lastIndexOf(':');
    const tail = text.slice(lastColon + 1);
    if (tail.includes('.')) {
        const v4 = parseIpv4(tail);
        if (v4 === undefined)
            return undefined;
        text = `${text.slice(0, lastColon + 1)}${((v4 >> 16n) & 0xffffn).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
    }
    const halves = text.split('::');
    if (halves.length > 2)
        return undefined;
    const head = halves[0] ? halves[0].split(':') : [];
    const rest = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
    const missing = 8 - head.length - rest.length;
    if (halves.length === 1 ? head.length !== 8 : missing < 1)
        return undefined;
    const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...rest];
    let out = 0n;
    for (const g of groups) {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g))
            return undefined;
        out = (out << 16n) | BigInt(parseInt(g, 16));
    }
    return out;
}
/**
 * Parses "a.b.c.d/n", "a.b.c.d" (a single host), IPv6 forms, and the address-less
 * "/n" that some templates write for 0.0.0.0/n (the provider rejects it, but the
 * intent is unambiguous, so judge it as written). Returns undefined for anything
 * that is not a range at all ("250.250.250.1:8451", "sg-123", "").
 */
export function parseCidr(text) {
    const s = text.trim();
    if (s === '')
        return undefined;
    const slash = s.indexOf('/');
    const addrText = slash === -1 ? s : s.slice(0, slash);
    const prefixText = slash === -1 ? undefined : s.slice(slash + 1);
    let version;
    let addr;
    if (addrText === '') {
        version = 4;
        addr = 0n;
    }
    else if (addrText.includes(':')) {
        version = 6;
        addr = parseIpv6(addrText);
    }
    else {
        version = 4;
        addr = parseIpv4(addrText);
    }
    if (addr === undefined)
        return undefined;
    const bits = BITS[version];
    let prefix = bits;
    if (prefixText !== undefined) {
        if (!/^\d{1,3}$/.test(prefixText))
            return undefined;
        prefix = Number(prefixText);
        if (prefix > bits)
            return undefined;
    }
    const hostBits = BigInt(bits - prefix);
    const network = (addr >> hostBits) << hostBits;
    return { version, network, prefix, text: s };
}
/** An address as text: dotted IPv4 for 32 bits, else IPv6 in its shortest form (RFC 5952). */
export function formatAddress(value, bits) {
    if (bits === 32)
        return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 0xffn)).join('.');
    const groups = [];
    for (let i = 7; i >= 0; i--)
        groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
    // RFC 5952: the longest run (of two or more) of zero groups becomes "::", the first one on a tie.
    let bestStart = -1;
    let bestLen = 1;
    for (let i = 0; i < 8;) {
        if (groups[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLen) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (bestStart < 0)
        return hex.join(':');
    return hex.slice(0, bestStart).join(':') + '::' + hex.slice(bestStart + bestLen).join(':');
}
/** True when `inner` lies entirely inside `outer` (same IP version). */
export function cidrContains(outer, inner) {
    if (outer.version !== inner.version || outer.prefix > inner.prefix)
        return false;
    const hostBits = BigInt(BITS[outer.version] - outer.prefix);
    return inner.network >> hostBits === outer.network >> hostBits;
}
const PRIVATE_RANGES = [
    '10.0.0.0/8', // RFC 1918
    '172.16.0.0/12', // RFC 1918
    '192.168.0.0/16', // RFC 1918
    '100.64.0.0/10', // RFC 6598 carrier-grade NAT, not routed on the internet
    '127.0.0.0/8', // loopback
    '169.254.0.0/16', // link-local
    'fc00::/7', // RFC 4193 unique local
    'fe80::/10', // link-local
    '::1/128', // loopback
].map((c) => parseCidr(c));
/** True when the whole range is private (not routable from the internet). */
export function isPrivateCidr(c) {
    return PRIVATE_RANGES.some((p) => cidrContains(p, c));
}
/** True for 0.0.0.0/0, ::/0, and ranges so wide (prefix < /8) that they admit anyone. */
export function isEveryoneCidr(c) {
    if (isPrivateCidr(c))
        return false;
    return c.prefix < (c.version === 4 ? WIDE_PREFIX_V4 : WIDE_PREFIX_V6);
}
/** The same question on text; unparseable text is not a range and admits no one. */
export function isEveryone(text) {
    const c = parseCidr(text);
    return c !== undefined && isEveryoneCidr(c);
}
/**
 * Alibaba Cloud allowlists (RDS/Redis/MongoDB/PolarDB `security_ips`,
 * Elasticsearch whitelists) also accept a bare `0.0.0.0`, which the services and
 * Alibaba's own policy checks treat as "any address", like 0.0.0.0/0.
 */
export function isEveryoneAllowlistEntry(text) {
    const s = text.trim();
    if (s === '0.0.0.0' || s === '::')
        return true;
    return isEveryone(s);
}
/** A human description of how wide a range is: "0.0.0.0/0 (all IPv4 addresses)". */
export function describeCidr(text) {
    const c = parseCidr(text);
    if (!c)
        return text;
    if (c.prefix === 0)
        return `${text} (all ${c.version === 4 ? 'IPv4' : 'IPv6'} addresses)`;
    if (isEveryoneCidr(c)) {
        const share = c.version === 4 ? `${2 ** (32 - c.prefix)} addresses` : `1/${2 ** c.prefix} of the IPv6 space`;
        return `${text} (${share}, effectively everyone)`;
    }
    return text;
}
