/**
 * A minimal POSIX ustar writer and reader for evidence archives (.tar.gz):
 * regular files and folders only, written in a fixed order with fixed modes
 * and owner, so the same bundle always packs to the same bytes (apart from
 * the one timestamp, the run's end, set on every entry). `tar -xzf` reads it.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { byPath } from './manifest.js';
const BLOCK = 512;
function octal(value, width) {
    // width - 1 digits and a NUL, as ustar writes numeric fields.
    return value.toString(8).padStart(width - 1, '0') + '\0';
}
function header(name, size, mtime, type) {
    const h = Buffer.alloc(BLOCK, 0);
    let entry = name;
    let prefix = '';
    if (Buffer.byteLength(entry) > 100) {
        // Split at a slash so that the name fits in 100 bytes and the prefix in 155.
        const cut = entry.lastIndexOf('/', entry.length - 1 - (type === '5' ? 1 : 0));
        prefix = entry.slice(0, cut);
        entry = entry.slice(cut + 1);
        if (Buffer.byteLength(entry) > 100 || Buffer.byteLength(prefix) > 155)
            throw new Error(`path too long for a tar archive: ${name}`);
    }
    h.write(entry, 0, 100, 'utf8');
    h.write(octal(type === '5' ? 0o755 : 0o644, 8), 100, 'ascii');
    h.write(octal(0, 8), 108, 'ascii');
    h.write(octal(0, 8), 116, 'ascii');
    h.write(octal(size, 12), 124, 'ascii');
    h.write(octal(mtime, 12), 136, 'ascii');
    h.write('        ', 148, 'ascii');
    h.write(type, 156, 'ascii');
    h.write('ustar\0', 257, 'ascii');
    h.write('00', 263, 'ascii');
    h.write(prefix, 345, 155, 'utf8');
    let sum = 0;
    for (const byte of h)
        sum += byte;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
    return h;
}
const padding = (size) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK, 0);
/** Packs files (relative paths) under a top folder into a gzip-compressed tar. */
export function packTarGz(top, files, mtime) {
    const seconds = Math.floor(mtime.getTime() / 1000);
    const folders = new Set([`${top}/`]);
    for (const p of files.keys()) {
        const parts = p.split('/');
        for (let i = 1; i < parts.length; i++)
            folders.add(`${top}/${parts.slice(0, i).join('/')}/`);
    }
    const chunks = [];
    for (const folder of [...folders].sort(byPath))
        chunks.push(header(folder, 0, seconds, '5'));
    for (const p of [...files.keys()].sort(byPath)) {
        const data = files.get(p);
        chunks.push(header(`${top}/${p}`, data.length, seconds, '0'), data, padding(data.length));
    }
    chunks.push(Buffer.alloc(BLOCK * 2, 0));
    return gzipSync(Buffer.concat(chunks), { level: 9 });
}
const field = (h, start, length) => h.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
/** Unpacks a .tar.gz: file paths relative to its single top folder, with their bytes. */
export function unpackTarGz(archive) {
    const tar = gunzipSync(archive);
    const files = new Map();
    let top;
    for (let offset = 0; offset + BLOCK <= tar.length;) {
        const h = tar.subarray(offset, offset + BLOCK);
        if (h.every((b) => b === 0))
            break;
        const prefix = field(h, 345, 155);
        const name = (prefix ? `${prefix}/` : '') + field(h, 0, 100);
        const size = parseInt(field(h, 124, 12).trim() || '0', 8);
        const type = String.fromCharCode(h[156] || 48);
        offset += BLOCK;
        const first = name.split('/')[0];
        top ??= first;
        if (first !== top)
            throw new Error(`archive holds more than one top folder (${top}, ${first})`);
        if (type === '0' || type === '\0') {
            const rel = name.slice(top.length + 1);
            if (!rel || rel.split('/').some((part) => part === '..' || part === ''))
                throw new Error(`unsafe path in archive: ${name}`);
            files.set(rel, Buffer.from(tar.subarray(offset, offset + size)));
        }
        else if (type !== '5')
            throw new Error(`archive entry ${name} is not a file or folder`);
        offset += size + ((BLOCK - (size % BLOCK)) % BLOCK);
    }
    if (!top)
        throw new Error('empty archive');
    return { top, files };
}
