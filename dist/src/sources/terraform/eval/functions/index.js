/** The built-in function table: every function this evaluator knows, by name. */
import { collectionFunctions } from './collections.js';
import { conversionFunctions } from './conversion.js';
import { cryptoFunctions } from './crypto.js';
import { encodingFunctions } from './encoding.js';
import { filesystemFunctions } from './filesystem.js';
import { networkFunctions } from './network.js';
import { numericFunctions } from './numeric.js';
import { stringFunctions } from './strings.js';
const table = new Map(Object.entries({
    ...numericFunctions,
    ...stringFunctions,
    ...collectionFunctions,
    ...encodingFunctions,
    ...networkFunctions,
    ...conversionFunctions,
    ...cryptoFunctions,
    ...filesystemFunctions,
}));
export function lookupFunction(name) {
    return table.get(name);
}
/**
 * The shape each parameter takes, one letter a parameter: p a primitive
 * (string, number or bool), l a list or set, m a map or object, a anything;
 * a final `*` repeats the last letter. Terraform checks argument types even
 * when values are unknown, so `jsondecode(a_list)` is an error (and try()
 * moves on) whether or not the list's elements are known.
 */
const SIGNATURES = {
    abs: 'p', ceil: 'p', floor: 'p', log: 'pp', max: 'p*', min: 'p*', parseint: 'pp', pow: 'pp', signum: 'p',
    chomp: 'p', endswith: 'pp', startswith: 'pp', format: 'pa*', formatlist: 'pa*', indent: 'pp', join: 'pl*',
    lower: 'p', upper: 'p', regex: 'pp', regexall: 'pp', replace: 'ppp', split: 'pp', strrev: 'p', substr: 'ppp',
    title: 'p', strcontains: 'pp', templatestring: 'pm', trim: 'pp', trimprefix: 'pp', trimsuffix: 'pp', trimspace: 'p',
    alltrue: 'l', anytrue: 'l', chunklist: 'lp', coalescelist: 'l*', compact: 'l', concat: 'l*', contains: 'la',
    distinct: 'l', element: 'lp', flatten: 'l', index: 'la', keys: 'm', lookup: 'mpa', matchkeys: 'lll', merge: 'm*',
    one: 'l', range: 'ppp', reverse: 'l', setintersection: 'l*', setproduct: 'l*', setsubtract: 'll', setunion: 'l*',
    slice: 'lpp', sort: 'l', sum: 'l', transpose: 'm', values: 'm', zipmap: 'll',
    base64decode: 'p', base64encode: 'p', csvdecode: 'p', jsondecode: 'p', textdecodebase64: 'pp', textencodebase64: 'pp',
    urlencode: 'p', yamldecode: 'p',
    cidrhost: 'pp', cidrnetmask: 'p', cidrsubnet: 'ppp', cidrsubnets: 'pp*',
    tobool: 'p', tonumber: 'p', tostring: 'p', tolist: 'l', toset: 'l', tomap: 'm',
    md5: 'p', sha1: 'p', sha256: 'p', sha512: 'p', base64sha256: 'p', base64sha512: 'p', uuidv5: 'pp',
    file: 'p', fileexists: 'p', fileset: 'pp', filebase64: 'p', filemd5: 'p', filesha1: 'p', filesha256: 'p', filesha512: 'p',
    filebase64sha256: 'p', filebase64sha512: 'p', templatefile: 'pm', abspath: 'p', dirname: 'p', basename: 'p', pathexpand: 'p',
};
const SHAPE_NAMES = { p: 'a string, number or bool', l: 'a list', m: 'a map' };
/** The problem with an argument's shape, or undefined when it fits (unknown and null values always fit). */
export function argumentShapeError(name, args) {
    const sig = SIGNATURES[name];
    if (!sig)
        return undefined;
    const repeats = sig.endsWith('*');
    const letters = repeats ? sig.slice(0, -1) : sig;
    for (let i = 0; i < args.length; i++) {
        const want = i < letters.length ? letters[i] : repeats ? letters[letters.length - 1] : 'a';
        const t = args[i].t;
        if (want === 'a' || t === 'unknown' || t === 'ref' || t === 'null')
            continue;
        const fits = want === 'p' ? t === 'string' || t === 'number' || t === 'bool' : want === 'l' ? t === 'list' : t === 'map';
        if (!fits)
            return `${name}: argument ${i + 1} must be ${SHAPE_NAMES[want]}, not a ${t === 'list' ? 'list' : t === 'map' ? 'map' : t}`;
    }
    return undefined;
}
