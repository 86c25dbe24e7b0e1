/**
 * MANIFEST.sha256 in the format `sha256sum -c` reads: one line per file,
 * `<64 hex digits><two spaces><relative path>`, sorted by path. It lists
 * every file of the bundle except itself and its signature.
 */
import { createHash } from 'node:crypto';
export const MANIFEST = 'MANIFEST.sha256';
export const SIGNATURE = 'MANIFEST.sha256.sig';
export const sha256Hex = (data) => createHash('sha256').update(data).digest('hex');
/** Paths sort by their bytes, so every platform and locale writes the same manifest. */
export const byPath = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
export function buildManifest(files) {
    return [...files.keys()]
        .filter((p) => p !== MANIFEST && p !== SIGNATURE)
        .sort(byPath)
        .map((p) => `${sha256Hex(files.get(p))}  ${p}\n`)
        .join('');
}
/** Parses a manifest; malformed lines are reported by number. */
export function parseManifest(text) {
    const entries = [];
    const problems = [];
    text.split('\n').forEach((line, i) => {
        if (line === '')
            return;
        // sha256sum writes "  " (text mode) or " *" (binary mode) between hash and name.
        const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
        if (!m)
            problems.push(`${MANIFEST} line ${i + 1} is not '<sha256>  <path>'`);
        else
            entries.push({ hash: m[1], path: m[2] });
    });
    return { entries, problems };
}
