/**
 * The one text decoder of every IaC reader (.tf, .tfvars, JSON, YAML,
 * templates, plans, parameter files). Editors on Windows save UTF-16 with a
 * byte-order mark and some tools write a UTF-8 BOM; read as plain UTF-8 such a
 * file turns into NUL-riddled text that no parser recognises, and its
 * resources would be silently lost. The BOM decides the encoding. Without one,
 * text where nearly every other byte is NUL is UTF-16 (IaC text is mostly
 * ASCII, and UTF-8 text holds no NUL, so real UTF-8 is never taken for it); anything else
 * is UTF-8 (invalid sequences become U+FFFD, as Node does).
 */
import { readFileSync } from 'node:fs';
/** Decodes file bytes; the BOM, when there is one, is not part of the text. */
export function decodeText(bytes) {
    const b0 = bytes[0];
    const b1 = bytes[1];
    if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf)
        return { text: Buffer.from(bytes.buffer, bytes.byteOffset + 3, bytes.byteLength - 3).toString('utf8'), encoding: 'utf-8-bom' };
    if (b0 === 0xff && b1 === 0xfe)
        return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
    if (b0 === 0xfe && b1 === 0xff)
        return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
    const unmarked = unmarkedUtf16(bytes);
    if (unmarked)
        return { text: new TextDecoder(unmarked).decode(bytes), encoding: unmarked };
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8' };
}
/** UTF-16 without a BOM: in the first bytes, NUL at most odd (LE) or most even (BE) offsets and hardly any at the others. */
function unmarkedUtf16(bytes) {
    const n = Math.min(bytes.length, 512) & ~1;
    if (n < 4)
        return undefined;
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < n; i += 2) {
        if (bytes[i] === 0)
            evenZeros++;
        if (bytes[i + 1] === 0)
            oddZeros++;
    }
    const pairs = n / 2;
    // Mostly ASCII: the high byte of most code units is 0; non-Latin text (中) may make a few non-zero.
    if (oddZeros >= pairs * 0.7 && evenZeros <= pairs * 0.05)
        return 'utf-16le';
    if (evenZeros >= pairs * 0.7 && oddZeros <= pairs * 0.05)
        return 'utf-16be';
    return undefined;
}
/** Reads a text input whatever its encoding; fs errors are thrown as readFileSync throws them. */
export function readTextFile(file) {
    return decodeText(readFileSync(file)).text;
}
