/** Why a named file cannot be read; `message` is one line, ready for the user. */
export declare class UserFileError extends Error {
    /** ENOENT for a missing file, EISDIR for a folder (as fs would say), else undefined. */
    readonly code?: string | undefined;
    constructor(message: string, 
    /** ENOENT for a missing file, EISDIR for a folder (as fs would say), else undefined. */
    code?: string | undefined);
}
/**
 * Why `file` cannot be read as a user file, without opening it; undefined
 * when it is a regular file within the cap. For checks made before a run
 * starts, so that a bad name fails at once instead of after the scan.
 */
export declare function userFileProblem(file: string, what?: string, maxBytes?: number): UserFileError | undefined;
/** The bytes of a regular file of at most `maxBytes`; anything else throws UserFileError. */
export declare function readUserFile(file: string, what?: string, maxBytes?: number): Buffer;
/** The text of a user file, decoded as every IaC reader decodes (BOM-aware, else UTF-8). */
export declare function readUserText(file: string, what?: string, maxBytes?: number): string;
