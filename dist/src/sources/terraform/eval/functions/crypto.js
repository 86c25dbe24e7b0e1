/**
 * Hash and identifier functions: md5 sha1 sha256 sha512 base64sha256
 * base64sha512 uuidv5; uuid, bcrypt and the clock functions change on every
 * run, so their results are unknown, as they are in a Terraform plan.
 */
import { createHash } from 'node:crypto';
import { str, unknown } from '../../../../model/value.js';
import { EvalError } from '../errors.js';
import { toStr } from '../values.js';
function hashHex(algorithm) {
    return {
        params: 1,
        unknowns: 'deep',
        impl: ([s], fc) => str(createHash(algorithm).update(toStr(s, algorithm), 'utf8').digest('hex'), fc.loc),
    };
}
function hashBase64(algorithm) {
    return {
        params: 1,
        unknowns: 'deep',
        impl: ([s], fc) => str(createHash(algorithm).update(toStr(s, algorithm), 'utf8').digest('base64'), fc.loc),
    };
}
function changesEveryRun(name, params, optional = 0) {
    return {
        params,
        optional,
        unknowns: 'self',
        impl: (_args, fc) => unknown(`${name}() is known only after apply`, fc.loc),
    };
}
const UUID_NAMESPACES = {
    dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
    url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
    oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
    x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
};
function uuidV5(namespace, name) {
    const ns = UUID_NAMESPACES[namespace] ?? namespace;
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ns)) {
        throw new EvalError(`uuidv5: "${namespace}" is not a namespace name or a UUID`);
    }
    const bytes = createHash('sha1')
        .update(Buffer.concat([Buffer.from(ns.replace(/-/g, ''), 'hex'), Buffer.from(name, 'utf8')]))
        .digest()
        .subarray(0, 16);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
export const cryptoFunctions = {
    md5: hashHex('md5'),
    sha1: hashHex('sha1'),
    sha256: hashHex('sha256'),
    sha512: hashHex('sha512'),
    base64sha256: hashBase64('sha256'),
    base64sha512: hashBase64('sha512'),
    uuidv5: {
        params: 2,
        unknowns: 'deep',
        impl: ([ns, name], fc) => str(uuidV5(toStr(ns, 'uuidv5 namespace'), toStr(name, 'uuidv5 name')), fc.loc),
    },
    uuid: changesEveryRun('uuid', 0),
    bcrypt: changesEveryRun('bcrypt', 1, 1),
    timestamp: changesEveryRun('timestamp', 0),
    plantimestamp: changesEveryRun('plantimestamp', 0),
};
