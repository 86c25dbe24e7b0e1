import type { ScanReport } from '../findings/report.js';
import { type ScanOptions } from './scan.js';
export interface InMemoryFile {
    /** A relative path with forward slashes, e.g. `infra/main.tf`; folders group .tf files into modules as on disk. */
    path: string;
    content: string | Uint8Array;
}
/**
 * Scans in-memory files. Options are those of scan(); `varFiles` and
 * `cloudFormation.parameterFiles` are files on disk (relative to
 * process.cwd()), `tfDir` is a folder among the given files.
 */
export declare function scanFiles(files: InMemoryFile[], options?: ScanOptions): Promise<ScanReport>;
