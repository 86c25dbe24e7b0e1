/**
 * Ed25519 signatures over MANIFEST.sha256 (node:crypto; keys in PEM, PKCS#8
 * private and SPKI public, as `openssl genpkey -algorithm ed25519` writes
 * them). The signature file holds the base64 signature on one line. Since
 * the manifest holds every file's hash, signing it signs the bundle.
 */
import { createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
export class SigningKeyError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SigningKeyError';
    }
}
export function readPrivateKey(file) {
    let pem;
    try {
        pem = readFileSync(file, 'utf8');
    }
    catch (e) {
        throw new SigningKeyError(`cannot read the signing key ${file}: ${e.code ?? e.message}`);
    }
    let key;
    try {
        key = createPrivateKey(pem);
    }
    catch {
        throw new SigningKeyError(`${file} is not a PEM private key (make one with: openssl genpkey -algorithm ed25519 -out ${file})`);
    }
    if (key.asymmetricKeyType !== 'ed25519')
        throw new SigningKeyError(`${file} is a ${key.asymmetricKeyType} key; evidence is signed with Ed25519`);
    return key;
}
export function readPublicKey(pemOrFile, isFile = true) {
    let pem = pemOrFile;
    if (isFile) {
        try {
            pem = readFileSync(pemOrFile, 'utf8');
        }
        catch (e) {
            throw new SigningKeyError(`cannot read the public key ${pemOrFile}: ${e.code ?? e.message}`);
        }
    }
    let key;
    try {
        // A private key file also yields its public key.
        key = createPublicKey(pem);
    }
    catch {
        throw new SigningKeyError(`${isFile ? pemOrFile : 'the key'} is not a PEM public key`);
    }
    if (key.asymmetricKeyType !== 'ed25519')
        throw new SigningKeyError(`${isFile ? pemOrFile : 'the key'} is a ${key.asymmetricKeyType} key, not Ed25519`);
    return key;
}
export function publicKeyPem(privateKey) {
    return createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
}
/** SHA-256 of the public key's DER encoding: what to compare with a key you trust. */
export function keyFingerprint(publicKey) {
    return `SHA256:${createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex')}`;
}
export function signManifest(manifest, privateKey) {
    return sign(null, manifest, privateKey).toString('base64') + '\n';
}
export function signatureValid(manifest, signatureText, publicKey) {
    const signature = Buffer.from(signatureText.trim(), 'base64');
    if (signature.length !== 64)
        return false;
    return verify(null, manifest, publicKey, signature);
}
