export declare const MANIFEST = "MANIFEST.sha256";
export declare const SIGNATURE = "MANIFEST.sha256.sig";
export declare const sha256Hex: (data: string | Buffer) => string;
/** Paths sort by their bytes, so every platform and locale writes the same manifest. */
export declare const byPath: (a: string, b: string) => 0 | 1 | -1;
export declare function buildManifest(files: Map<string, Buffer>): string;
export interface ManifestEntry {
    hash: string;
    path: string;
}
/** Parses a manifest; malformed lines are reported by number. */
export declare function parseManifest(text: string): {
    entries: ManifestEntry[];
    problems: string[];
};
