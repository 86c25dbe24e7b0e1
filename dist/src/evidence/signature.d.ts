/**
 * Ed25519 signatures over MANIFEST.sha256 (node:crypto; keys in PEM, PKCS#8
 * private and SPKI public, as `openssl genpkey -algorithm ed25519` writes
 * them). The signature file holds the base64 signature on one line. Since
 * the manifest holds every file's hash, signing it signs the bundle.
 */
import { type KeyObject } from 'node:crypto';
export declare class SigningKeyError extends Error {
    constructor(message: string);
}
export declare function readPrivateKey(file: string): KeyObject;
export declare function readPublicKey(pemOrFile: string, isFile?: boolean): KeyObject;
export declare function publicKeyPem(privateKey: KeyObject): string;
/** SHA-256 of the public key's DER encoding: what to compare with a key you trust. */
export declare function keyFingerprint(publicKey: KeyObject): string;
export declare function signManifest(manifest: Buffer, privateKey: KeyObject): string;
export declare function signatureValid(manifest: Buffer, signatureText: string, publicKey: KeyObject): boolean;
