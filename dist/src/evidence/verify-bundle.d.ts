export interface VerifyResult {
    ok: boolean;
    /** Files whose hash was checked. */
    checked: number;
    problems: string[];
    signature: 'valid' | 'invalid' | 'absent';
    /** Fingerprint of the key the signature was checked with. */
    signer?: string;
    /** True when checked against the key shipped inside the bundle rather than --public-key. */
    selfSigned?: boolean;
}
export declare function readBundle(target: string): Map<string, Buffer>;
export declare function verifyFiles(files: Map<string, Buffer>, publicKeyFile?: string): VerifyResult;
export declare function verifyBundle(target: string, publicKeyFile?: string): VerifyResult;
