/**
 * A fact about a model resource: either known (with where it came from) or an
 * explicit unknown with the reason. Analysis turns unknown facts into "possibly"
 * verdicts that name the missing fact, never into a guessed default.
 */
import type { SourceLocation } from './location.js';
export type Fact<T> = KnownFact<T> | UnknownFact;
export interface KnownFact<T> {
    known: true;
    value: T;
    loc?: SourceLocation;
}
export interface UnknownFact {
    known: false;
    /** What is missing, in words a user understands: "var.subnet_id has no value". */
    reason: string;
    loc?: SourceLocation;
}
export declare const known: <T>(value: T, loc?: SourceLocation) => KnownFact<T>;
export declare const unknownFact: (reason: string, loc?: SourceLocation) => UnknownFact;
/**
 * A link from one model resource to another. `resource` points at a resource in
 * the same scan (by model id); `external` names something outside the scan (a
 * literal `sg-0abc` id, an ARN); `unknown` could not be determined.
 */
export type Link = {
    kind: 'resource';
    id: string;
    loc?: SourceLocation;
} | {
    kind: 'external';
    value: string;
    loc?: SourceLocation;
} | {
    kind: 'unknown';
    reason: string;
    loc?: SourceLocation;
};
