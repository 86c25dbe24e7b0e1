import type { Finding } from '../findings/finding.js';
import type { SuppressionDirective } from './suppressions.js';
export interface FileIndex {
    file: string;
    directives: Map<number, SuppressionDirective[]>;
    /** Lines that hold nothing but a comment. */
    commentOnly: Set<number>;
    /** `aws_db_instance.main` / `data.aws_iam_policy_document.x` → the line its block starts on. */
    headers: Map<string, number>;
    /** Malformed markers (no rule id, no reason, bad date), as warnings. */
    problems: string[];
}
export declare function indexSource(text: string, file: string): FileIndex;
/** `module.db.aws_db_instance.this[0]` → `aws_db_instance.this`, the name its block header carries. */
export declare function declaredName(address: string): string;
/**
 * The comment directives of this file that cover a finding: on a line the
 * finding spans (its first line, or an attribute line inside the flagged block),
 * on the first line of its resource, in the comment lines directly above
 * either, or in the comment lines that open the resource's block.
 */
export declare function coveringDirectives(index: FileIndex, f: Finding): SuppressionDirective[];
/** Reads and indexes files once each; unreadable, huge or binary files yield no directives. */
export declare class CommentReader {
    private readonly cwd;
    private readonly cache;
    readonly skipped: string[];
    constructor(cwd?: string);
    index(file: string): FileIndex | undefined;
    indexed(): FileIndex[];
}
