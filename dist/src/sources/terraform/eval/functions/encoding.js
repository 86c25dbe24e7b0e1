/**
 * Encoding functions: base64decode base64encode csvdecode jsondecode jsonencode
 * textdecodebase64 textencodebase64 urlencode yamldecode yamlencode.
 */
import { TextDecoder } from 'node:util';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { list, map, str } from '../../../../model/value.js';
import { EvalError, UnsupportedError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { checkCollectionSize, checkStringLength, plainOf, toStr } from '../values.js';
import { jsonDecode, jsonEncode, valueFromData } from './json.js';
const utf8Strict = new TextDecoder('utf-8', { fatal: true });
function decodeBase64Strict(s, fn) {
    if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s))
        throw new EvalError(`${fn}: the string is not valid base64`);
    return Buffer.from(s, 'base64');
}
/** Node's own names for the encodings it can write; Terraform accepts IANA names. */
const ENCODE_AS = {
    'utf-8': 'utf8',
    utf8: 'utf8',
    'utf-16le': 'utf16le',
    'utf-16': 'utf16le',
    'iso-8859-1': 'latin1',
    latin1: 'latin1',
    'us-ascii': 'ascii',
    ascii: 'ascii',
};
export function urlEncode(s) {
    let out = '';
    for (const byte of Buffer.from(s, 'utf8')) {
        const c = String.fromCharCode(byte);
        if (/[A-Za-z0-9\-_.~]/.test(c))
            out += c;
        else if (c === ' ')
            out += '+';
        else
            out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
    }
    return out;
}
/** RFC 4180 CSV, the first row naming the columns (Go's encoding/csv, as csvdecode uses it). */
export function parseCsv(text) {
    const rows = [];
    let row = [];
    let field = '';
    let quoted = false;
    let i = 0;
    const endField = () => {
        row.push(field);
        field = '';
    };
    const endRow = () => {
        endField();
        rows.push(row);
        checkCollectionSize(rows.length);
        row = [];
    };
    while (i < text.length) {
        const c = text[i];
        if (quoted) {
            if (c === '"') {
                if (text[i + 1] === '"') {
                    field += '"';
                    i += 2;
                    continue;
                }
                quoted = false;
                i++;
                continue;
            }
            field += c;
            i++;
            continue;
        }
        if (c === '"' && field === '') {
            quoted = true;
            i++;
        }
        else if (c === ',') {
            endField();
            i++;
        }
        else if (c === '\r' && text[i + 1] === '\n') {
            endRow();
            i += 2;
        }
        else if (c === '\n') {
            endRow();
            i++;
        }
        else {
            field += c;
            i++;
        }
    }
    if (quoted)
        throw new EvalError('csvdecode: unterminated quoted field');
    if (field !== '' || row.length > 0)
        endRow();
    return rows;
}
export const encodingFunctions = {
    base64encode: {
        params: 1,
        unknowns: 'deep',
        impl: ([s], fc) => str(checkStringLength(Buffer.from(toStr(s, 'base64encode'), 'utf8').toString('base64')), fc.loc),
    },
    base64decode: {
        params: 1,
        unknowns: 'deep',
        impl: ([s], fc) => {
            const bytes = decodeBase64Strict(toStr(s, 'base64decode'), 'base64decode');
            try {
                return str(utf8Strict.decode(bytes), fc.loc);
            }
            catch {
                throw new EvalError('base64decode: the decoded bytes are not valid UTF-8');
            }
        },
    },
    textencodebase64: {
        params: 2,
        unknowns: 'deep',
        impl: ([s, enc], fc) => {
            const name = toStr(enc, 'textencodebase64 encoding').toLowerCase();
            const nodeName = ENCODE_AS[name];
            if (!nodeName)
                throw new UnsupportedError(`textencodebase64: encoding ${name} is not supported here`);
            return str(Buffer.from(toStr(s, 'textencodebase64'), nodeName).toString('base64'), fc.loc);
        },
    },
    textdecodebase64: {
        params: 2,
        unknowns: 'deep',
        impl: ([s, enc], fc) => {
            const name = toStr(enc, 'textdecodebase64 encoding');
            const bytes = decodeBase64Strict(toStr(s, 'textdecodebase64'), 'textdecodebase64');
            let decoder;
            try {
                decoder = new TextDecoder(name, { fatal: true });
            }
            catch {
                throw new UnsupportedError(`textdecodebase64: encoding ${name} is not supported here`);
            }
            try {
                return str(decoder.decode(bytes), fc.loc);
            }
            catch {
                throw new EvalError(`textdecodebase64: the bytes are not valid ${name}`);
            }
        },
    },
    csvdecode: {
        params: 1,
        unknowns: 'deep',
        impl: ([s], fc) => {
            const rows = parseCsv(toStr(s, 'csvdecode'));
            if (rows.length === 0)
                throw new EvalError('csvdecode: missing header line');
            const header = rows[0];
            return list(rows.slice(1).map((row, i) => {
                if (row.length !== header.length)
                    throw new EvalError(`csvdecode: line ${i + 2} has ${row.length} fields, the header has ${header.length}`);
                return map(new Map(header.map((h, j) => [h, str(row[j], fc.loc)])), fc.loc);
            }), fc.loc);
        },
    },
    jsonencode: { params: 1, unknowns: 'deep', keepsPartial: true, impl: ([v], fc) => str(checkStringLength(jsonEncode(v)), fc.loc) },
    jsondecode: { params: 1, unknowns: 'deep', impl: ([s], fc) => jsonDecode(toStr(s, 'jsondecode'), fc.loc) },
    urlencode: { params: 1, unknowns: 'deep', impl: ([s], fc) => str(checkStringLength(urlEncode(toStr(s, 'urlencode'))), fc.loc) },
    yamldecode: {
        params: 1,
        unknowns: 'deep',
        impl: ([s], fc) => {
            const text = toStr(s, 'yamldecode');
            let data;
            try {
                data = parseYaml(text, { maxAliasCount: 100, prettyErrors: false });
            }
            catch (e) {
                throw new EvalError(`yamldecode: ${e.message.split('\n')[0]}`);
            }
            return valueFromData(data, fc.loc);
        },
    },
    yamlencode: {
        params: 1,
        unknowns: 'deep',
        impl: ([v], fc) => {
            const text = stringifyYaml(plainOf(v), { lineWidth: 0 });
            if (text.length > LIMITS.maxStringLength)
                throw new EvalError('yamlencode: result too long');
            return str(text, fc.loc);
        },
    },
};
