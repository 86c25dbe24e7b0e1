export interface EvidenceCommandOptions {
    from?: string;
    output?: string;
    signKey?: string;
    rules: string[];
    config?: string | false;
    allowedJurisdictions: string[];
    allowedRegions: string[];
}
export declare function runEvidenceCommand(options: EvidenceCommandOptions, argv: string[]): Promise<number>;
export declare function runEvidenceVerifyCommand(target: string, options: {
    publicKey?: string;
}): Promise<number>;
