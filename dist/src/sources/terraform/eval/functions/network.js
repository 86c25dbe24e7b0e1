/** IP network functions: cidrhost cidrnetmask cidrsubnet cidrsubnets (IPv4 and IPv6). */
import { formatAddress } from '../../../../model/cidr.js';
import { list, str } from '../../../../model/value.js';
import { EvalError } from '../errors.js';
import { toInt, toStr } from '../values.js';
function parseIPv4(s) {
    const parts = s.split('.');
    if (parts.length !== 4)
        return undefined;
    let out = 0n;
    for (const p of parts) {
        if (!/^\d{1,3}$/.test(p) || Number(p) > 255 || (p.length > 1 && p.startsWith('0')))
            return undefined;
        out = (out << 8n) | BigInt(Number(p));
    }
    return out;
}
function parseIPv6(s) {
    let text = s;
    if (text.includes('.')) {
        // An embedded IPv4 tail (::ffff:10.0.0.1) stands for the last two groups.
        const i = text.lastIndexOf(':');
        const v4 = parseIPv4(text.slice(i + 1));
        if (v4 === undefined)
            return undefined;
        text = text.slice(0, i + 1) + (v4 >> 16n).toString(16) + ':' + (v4 & 0xffffn).toString(16);
    }
    const halves = text.split('::');
    if (halves.length > 2)
        return undefined;
    const groupsOf = (h) => {
        if (h === '')
            return [];
        const out = [];
        for (const g of h.split(':')) {
            if (!/^[0-9a-fA-F]{1,4}$/.test(g))
                return undefined;
            out.push(BigInt(parseInt(g, 16)));
        }
        return out;
    };
    const head = groupsOf(halves[0]);
    const tail = halves.length === 2 ? groupsOf(halves[1]) : [];
    if (!head || !tail)
        return undefined;
    const given = head.length + tail.length;
    if (halves.length === 1 ? given !== 8 : given > 7)
        return undefined;
    let out = 0n;
    for (const g of [...head, ...Array(8 - given).fill(0n), ...tail])
        out = (out << 16n) | g;
    return out;
}
export function parseCidr(s) {
    const slash = s.indexOf('/');
    if (slash < 0)
        throw new EvalError(`invalid CIDR address "${s}"`);
    const addr = s.slice(0, slash);
    const prefixText = s.slice(slash + 1);
    const isV4 = !addr.includes(':');
    const bits = isV4 ? 32 : 128;
    const value = isV4 ? parseIPv4(addr) : parseIPv6(addr);
    if (value === undefined || !/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) {
        throw new EvalError(`invalid CIDR address "${s}"`);
    }
    const prefix = Number(prefixText);
    const hostBits = BigInt(bits - prefix);
    return { base: (value >> hostBits) << hostBits, prefix, bits };
}
function subnet(net, newbits, netnum) {
    const prefix = net.prefix + newbits;
    if (newbits < 0 || prefix > net.bits) {
        throw new EvalError(`cannot extend a /${net.prefix} prefix by ${newbits} bits: only ${net.bits - net.prefix} remain`);
    }
    if (netnum < 0n || netnum >= 1n << BigInt(newbits)) {
        throw new EvalError(`network number ${netnum} does not fit in ${newbits} bits`);
    }
    return { base: net.base | (netnum << BigInt(net.bits - prefix)), prefix, bits: net.bits };
}
const formatNetwork = (n) => `${formatAddress(n.base, n.bits)}/${n.prefix}`;
export const networkFunctions = {
    cidrsubnet: {
        params: 3,
        unknowns: 'deep',
        impl: ([p, nb, nn], fc) => {
            const net = parseCidr(toStr(p, 'cidrsubnet prefix'));
            return str(formatNetwork(subnet(net, toInt(nb, 'cidrsubnet newbits'), BigInt(toInt(nn, 'cidrsubnet netnum')))), fc.loc);
        },
    },
    cidrhost: {
        params: 2,
        unknowns: 'deep',
        impl: ([p, hn], fc) => {
            const net = parseCidr(toStr(p, 'cidrhost prefix'));
            const size = 1n << BigInt(net.bits - net.prefix);
            let host = BigInt(toInt(hn, 'cidrhost hostnum'));
            if (host < 0n)
                host += size;
            if (host < 0n || host >= size)
                throw new EvalError(`host number ${hn.t === 'number' ? hn.v : ''} does not fit in the prefix`);
            return str(formatAddress(net.base | host, net.bits), fc.loc);
        },
    },
    cidrnetmask: {
        params: 1,
        unknowns: 'deep',
        impl: ([p], fc) => {
            const net = parseCidr(toStr(p, 'cidrnetmask prefix'));
            if (net.bits !== 32)
                throw new EvalError('cidrnetmask only supports IPv4 prefixes');
            const mask = ((1n << 32n) - 1n) ^ ((1n << BigInt(32 - net.prefix)) - 1n);
            return str(formatAddress(mask, 32), fc.loc);
        },
    },
    cidrsubnets: {
        params: 1,
        variadic: true,
        unknowns: 'deep',
        impl: ([p, ...newbitsList], fc) => {
            const net = parseCidr(toStr(p, 'cidrsubnets prefix'));
            const end = net.base + (1n << BigInt(net.bits - net.prefix));
            let next = net.base;
            const out = [];
            for (const nbValue of newbitsList) {
                const nb = toInt(nbValue, 'cidrsubnets newbits');
                const prefix = net.prefix + nb;
                if (nb < 1 || prefix > net.bits)
                    throw new EvalError(`cidrsubnets: cannot extend /${net.prefix} by ${nb} bits`);
                const size = 1n << BigInt(net.bits - prefix);
                const start = ((next + size - 1n) / size) * size;
                if (start + size > end)
                    throw new EvalError('cidrsubnets: not enough remaining address space');
                out.push(str(formatNetwork({ base: start, prefix, bits: net.bits }), fc.loc));
                next = start + size;
            }
            return list(out, fc.loc);
        },
    },
};
