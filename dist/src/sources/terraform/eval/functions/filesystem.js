/**
 * File and path functions: file fileexists fileset filebase64
 * file{md5,sha1,sha256,sha512} filebase64sha{256,512} templatefile abspath
 * dirname basename pathexpand. Relative paths resolve against the root
 * module's folder (Terraform's working directory). Reads are bounded by
 * FileAccess: a file outside the trust root or too large gives an unknown
 * value, never its contents, and a refused reference is named in a note.
 */
import { createHash } from 'node:crypto';
import * as nodePath from 'node:path';
import { bool, str, unknown } from '../../../../model/value.js';
import { EvalError } from '../errors.js';
import { checkCollectionSize, setList, toStr, typeName } from '../values.js';
const utf8Strict = new TextDecoder('utf-8', { fatal: true });
/** The unknown value for a read that did not happen; a refusal is also noted at the reference, so the report says what was kept out. */
function notRead(call, refusal, fc) {
    const reason = `${call}: ${refusal.reason}`;
    if (refusal.refused)
        fc.note(`${fc.loc.file}:${fc.loc.startLine}: ${reason}`);
    return unknown(reason, fc.loc);
}
function readBytes(path, fc, fn) {
    const result = fc.files.read(path);
    if (!result.ok)
        return notRead(`${fn}("${path}")`, result, fc);
    return result.bytes;
}
function readText(path, fc, fn) {
    const bytes = readBytes(path, fc, fn);
    if (!Buffer.isBuffer(bytes))
        return bytes;
    try {
        return utf8Strict.decode(bytes);
    }
    catch {
        throw new EvalError(`${fn}: "${path}" is not valid UTF-8 text`);
    }
}
function fileHash(fn, algorithm, encoding) {
    return {
        params: 1,
        unknowns: 'deep',
        impl: ([p], fc) => {
            const bytes = readBytes(toStr(p, fn), fc, fn);
            if (!Buffer.isBuffer(bytes))
                return bytes;
            return str(createHash(algorithm).update(bytes).digest(encoding), fc.loc);
        },
    };
}
/** Go's filepath.Clean for slash paths. */
function clean(p) {
    if (p === '')
        return '.';
    const n = nodePath.posix.normalize(p);
    return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
}
export const filesystemFunctions = {
    file: {
        params: 1,
        unknowns: 'deep',
        impl: ([p], fc) => {
            const text = readText(toStr(p, 'file'), fc, 'file');
            return typeof text === 'string' ? str(text, fc.loc) : text;
        },
    },
    fileexists: {
        params: 1,
        unknowns: 'deep',
        impl: ([p], fc) => {
            const path = toStr(p, 'fileexists');
            const result = fc.files.exists(path);
            return result.ok ? bool(result.exists, fc.loc) : notRead(`fileexists("${path}")`, result, fc);
        },
    },
    fileset: {
        params: 2,
        unknowns: 'deep',
        impl: ([d, p], fc) => {
            const dir = toStr(d, 'fileset path');
            const pattern = toStr(p, 'fileset pattern');
            const result = fc.files.glob(dir, pattern);
            if (!result.ok)
                return notRead(`fileset("${dir}", "${pattern}")`, result, fc);
            checkCollectionSize(result.matches.length);
            return setList(result.matches.map((m) => str(m, fc.loc)), fc.loc);
        },
    },
    filebase64: {
        params: 1,
        unknowns: 'deep',
        impl: ([p], fc) => {
            const bytes = readBytes(toStr(p, 'filebase64'), fc, 'filebase64');
            return Buffer.isBuffer(bytes) ? str(bytes.toString('base64'), fc.loc) : bytes;
        },
    },
    filemd5: fileHash('filemd5', 'md5', 'hex'),
    filesha1: fileHash('filesha1', 'sha1', 'hex'),
    filesha256: fileHash('filesha256', 'sha256', 'hex'),
    filesha512: fileHash('filesha512', 'sha512', 'hex'),
    filebase64sha256: fileHash('filebase64sha256', 'sha256', 'base64'),
    filebase64sha512: fileHash('filebase64sha512', 'sha512', 'base64'),
    templatefile: {
        params: 2,
        unknowns: 'shallow',
        impl: ([p, vars], fc) => {
            const path = toStr(p, 'templatefile path');
            if (vars.t !== 'map')
                throw new EvalError(`templatefile: variables must be a map, not ${typeName(vars)}`);
            const text = readText(path, fc, 'templatefile');
            if (typeof text !== 'string')
                return text;
            return fc.renderTemplate(text, path, vars);
        },
    },
    abspath: {
        params: 1,
        unknowns: 'deep',
        impl: ([p], fc) => str(nodePath.resolve(fc.files.baseDir, toStr(p, 'abspath')).split(nodePath.sep).join('/'), fc.loc),
    },
    dirname: {
        params: 1,
        unknowns: 'deep',
        impl: ([p], fc) => {
            const path = toStr(p, 'dirname');
            return str(clean(path.slice(0, path.lastIndexOf('/') + 1)), fc.loc);
        },
    },
    basename: {
        params: 1,
        unknowns: 'deep',
        impl: ([p], fc) => {
            let path = toStr(p, 'basename');
            if (path === '')
                return str('.', fc.loc);
            path = path.replace(/\/+$/, '');
            if (path === '')
                return str('/', fc.loc);
            return str(path.slice(path.lastIndexOf('/') + 1), fc.loc);
        },
    },
    pathexpand: {
        params: 1,
        unknowns: 'deep',
        impl: ([p], fc) => {
            const path = toStr(p, 'pathexpand');
            if (path === '~' || path.startsWith('~/'))
                return unknown('pathexpand: the home directory of whoever runs Terraform is not known', fc.loc);
            return str(path, fc.loc);
        },
    },
};
