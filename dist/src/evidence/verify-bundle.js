/**
 * `leakproof evidence verify`: every file listed in MANIFEST.sha256 exists
 * and has its hash, no file is there that the manifest does not list, and a
 * signature (when present, or required by --public-key) verifies. Without
 * --public-key the signature is checked against the public key inside the
 * bundle, which proves integrity but not who signed: the result says so and
 * gives the key's fingerprint to compare with one you trust.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { byPath, MANIFEST, parseManifest, sha256Hex, SIGNATURE } from './manifest.js';
import { keyFingerprint, readPublicKey, signatureValid } from './signature.js';
import { isArchivePath, PUBLIC_KEY_FILE } from './write-bundle.js';
import { unpackTarGz } from './tar.js';
function readFolder(root) {
    const files = new Map();
    const walk = (dir, prefix) => {
        for (const name of readdirSync(dir).sort(byPath)) {
            const full = path.join(dir, name);
            const rel = prefix ? `${prefix}/${name}` : name;
            if (statSync(full).isDirectory())
                walk(full, rel);
            else
                files.set(rel, readFileSync(full));
        }
    };
    walk(root, '');
    return files;
}
export function readBundle(target) {
    return isArchivePath(target) ? unpackTarGz(readFileSync(target)).files : readFolder(target);
}
export function verifyFiles(files, publicKeyFile) {
    const problems = [];
    const manifest = files.get(MANIFEST);
    if (!manifest)
        return { ok: false, checked: 0, problems: [`${MANIFEST} is missing`], signature: 'absent' };
    const parsed = parseManifest(manifest.toString('utf8'));
    problems.push(...parsed.problems);
    let checked = 0;
    const listed = new Set();
    for (const { hash, path: rel } of parsed.entries) {
        listed.add(rel);
        const data = files.get(rel);
        if (!data)
            problems.push(`${rel}: listed in the manifest but missing`);
        else if (sha256Hex(data) !== hash)
            problems.push(`${rel}: content changed (SHA-256 does not match the manifest)`);
        else
            checked++;
    }
    for (const rel of files.keys())
        if (rel !== MANIFEST && rel !== SIGNATURE && !listed.has(rel))
            problems.push(`${rel}: not listed in the manifest (added after the bundle was made)`);
    const result = { ok: false, checked, problems, signature: 'absent' };
    const signature = files.get(SIGNATURE);
    if (!signature) {
        if (publicKeyFile)
            problems.push(`the bundle is not signed (no ${SIGNATURE}), but --public-key was given`);
    }
    else {
        const shipped = files.get(PUBLIC_KEY_FILE);
        const key = publicKeyFile ? readPublicKey(publicKeyFile) : shipped ? readPublicKey(shipped.toString('utf8'), false) : undefined;
        if (!key)
            problems.push(`${SIGNATURE} is present but there is no key to check it with (give --public-key)`);
        else {
            result.signer = keyFingerprint(key);
            result.selfSigned = !publicKeyFile;
            result.signature = signatureValid(manifest, signature.toString('utf8'), key) ? 'valid' : 'invalid';
            if (result.signature === 'invalid')
                problems.push(`${SIGNATURE} does not verify with ${publicKeyFile ?? `the bundle's ${PUBLIC_KEY_FILE}`}`);
        }
    }
    result.ok = problems.length === 0;
    return result;
}
export function verifyBundle(target, publicKeyFile) {
    return verifyFiles(readBundle(target), publicKeyFile);
}
