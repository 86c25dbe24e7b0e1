/** Packs files (relative paths) under a top folder into a gzip-compressed tar. */
export declare function packTarGz(top: string, files: Map<string, Buffer>, mtime: Date): Buffer;
/** Unpacks a .tar.gz: file paths relative to its single top folder, with their bytes. */
export declare function unpackTarGz(archive: Buffer): {
    top: string;
    files: Map<string, Buffer>;
};
