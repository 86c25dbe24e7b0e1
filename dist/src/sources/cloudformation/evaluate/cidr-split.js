/**
 * `Fn::Cidr [ipBlock, count, cidrBits]`: the first `count` subnets of
 * `ipBlock` that have `cidrBits` host bits each (a /24 from a /16 is
 * cidrBits 8), in order, for IPv4 and IPv6. Templates carve subnet ranges
 * this way, and a subnet's CIDR is a fact the reachability analysis reads.
 */
import { formatAddress } from '../../../model/cidr.js';
function parseIpv4(text) {
    const parts = text.split('.');
    if (parts.length !== 4)
        return undefined;
    let n = 0n;
    for (const p of parts) {
        if (!/^\d{1,3}$/.test(p) || Number(p) > 255)
            return undefined;
        n = (n << 8n) | BigInt(Number(p));
    }
    return n;
}
function parseIpv6(text) {
    const halves = text.split('::');
    if (halves.length > 2)
        return undefined;
    const head = halves[0] ? halves[0].split(':') : [];
    const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
    const missing = 8 - head.length - tail.length;
    if (halves.length === 1 ? missing !== 0 : missing < 1)
        return undefined;
    const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail];
    let n = 0n;
    for (const g of groups) {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g))
            return undefined;
        n = (n << 16n) | BigInt(parseInt(g, 16));
    }
    return n;
}
/** The subnets, or a reason why the arguments are not valid. */
export function cidrSubnets(ipBlock, count, cidrBits) {
    const [address, prefixText] = ipBlock.split('/');
    const prefix = Number(prefixText);
    const v4 = parseIpv4(address ?? '');
    const v6 = v4 === undefined ? parseIpv6(address ?? '') : undefined;
    const width = v4 !== undefined ? 32 : 128;
    const base = v4 ?? v6;
    if (base === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > width)
        return { error: `"${ipBlock}" is not a CIDR block` };
    if (!Number.isInteger(count) || count < 1 || count > 256)
        return { error: `count ${count} is not between 1 and 256` };
    const newPrefix = width - cidrBits;
    if (!Number.isInteger(cidrBits) || cidrBits < 0 || newPrefix < prefix)
        return { error: `cidrBits ${cidrBits} does not fit in a /${prefix}` };
    if (BigInt(count) > 1n << BigInt(newPrefix - prefix))
        return { error: `a /${prefix} holds fewer than ${count} subnets of /${newPrefix}` };
    const hostBits = BigInt(width - prefix);
    const network = (base >> hostBits) << hostBits;
    const step = 1n << BigInt(cidrBits);
    const out = [];
    for (let i = 0n; i < BigInt(count); i++) {
        const start = network + i * step;
        out.push(`${formatAddress(start, width)}/${newPrefix}`);
    }
    return out;
}
