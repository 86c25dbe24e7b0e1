/**
 * Writes an evidence bundle: the files, MANIFEST.sha256 over them, and with a
 * signing key the public key (inside the manifest) and the manifest's
 * Ed25519 signature. A target ending in .tar.gz or .tgz becomes one archive
 * (a single top folder named after it); anything else a folder. Nothing is
 * overwritten: an existing non-empty folder or an existing archive is
 * refused before the run starts, and the bundle appears under its name only
 * once complete.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildManifest, MANIFEST, SIGNATURE } from './manifest.js';
import { publicKeyPem, signManifest } from './signature.js';
import { packTarGz } from './tar.js';
export const PUBLIC_KEY_FILE = 'signing-key.pub.pem';
export class EvidenceTargetError extends Error {
    constructor(message) {
        super(message);
        this.name = 'EvidenceTargetError';
    }
}
export const isArchivePath = (target) => /\.(tar\.gz|tgz)$/i.test(target);
/** Refuses a target that would overwrite something; call it before the run. */
export function checkEvidenceTarget(target) {
    if (!existsSync(target))
        return;
    if (isArchivePath(target))
        throw new EvidenceTargetError(`${target} already exists; evidence is never overwritten`);
    let entries;
    try {
        entries = readdirSync(target);
    }
    catch {
        throw new EvidenceTargetError(`${target} exists and is not a folder`);
    }
    if (entries.length > 0)
        throw new EvidenceTargetError(`${target} is not empty; give a new folder (e.g. evidence/$(date -u +%F)) — evidence is never overwritten`);
}
/** The files plus public key, manifest and signature. */
export function sealBundle(files, signingKey) {
    const sealed = new Map(files);
    if (signingKey)
        sealed.set(PUBLIC_KEY_FILE, Buffer.from(publicKeyPem(signingKey), 'utf8'));
    const manifest = Buffer.from(buildManifest(sealed), 'utf8');
    sealed.set(MANIFEST, manifest);
    if (signingKey)
        sealed.set(SIGNATURE, Buffer.from(signManifest(manifest, signingKey), 'utf8'));
    return sealed;
}
function writeFolder(target, files) {
    const parent = path.dirname(path.resolve(target));
    mkdirSync(parent, { recursive: true });
    const temp = path.join(parent, `.${path.basename(target)}.partial-${process.pid}`);
    rmSync(temp, { recursive: true, force: true });
    try {
        for (const [rel, data] of files) {
            const full = path.join(temp, ...rel.split('/'));
            mkdirSync(path.dirname(full), { recursive: true });
            writeFileSync(full, data);
        }
        // An empty folder given as the target is replaced by the finished bundle.
        if (existsSync(target))
            rmdirSync(target);
        renameSync(temp, target);
    }
    catch (e) {
        rmSync(temp, { recursive: true, force: true });
        throw e;
    }
}
function writeArchive(target, files, mtime) {
    mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    const top = path.basename(target).replace(/\.(tar\.gz|tgz)$/i, '');
    const temp = `${target}.partial-${process.pid}`;
    writeFileSync(temp, packTarGz(top, files, mtime));
    renameSync(temp, target);
}
/** Seals and writes the bundle; `mtime` (the run's end) dates the archive's entries. */
export function writeBundle(target, files, options) {
    checkEvidenceTarget(target);
    const sealed = sealBundle(files, options.signingKey);
    if (isArchivePath(target))
        writeArchive(target, sealed, options.mtime);
    else
        writeFolder(target, sealed);
    return sealed;
}
