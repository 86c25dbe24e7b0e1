/**
 * Keeps secrets out of everything a live audit prints or saves: error
 * messages, progress lines and reasons (which may quote a request, a header or
 * a credential file), and the values of policy conditions that carry shared
 * secrets (a bucket policy that admits requests with a secret `aws:Referer`).
 * Provider-neutral: AWS and Alibaba Cloud key formats are both known here.
 */
import type { PolicyDocument } from '../../model/resources.js';
export declare const REDACTED = "[redacted]";
/** A copy of `text` with credentials, tokens, signatures and secret-named values replaced. */
export declare function redactText(text: string): string;
/** The message of anything thrown, redacted and on one line, for a not-assessed reason or a log line. */
export declare function redactError(e: unknown): string;
/** A value that looks like a credential or a random token rather than an id, ARN, address or date. */
export declare function looksLikeSecret(value: string): boolean;
/**
 * The document with secret condition values replaced. The keys stay (the
 * analysis reads which keys restrict a statement); values of the keys analysis
 * compares (source IPs, account and organisation ids, VPCs) are never secret-
 * looking, so verdicts do not change.
 */
export declare function redactPolicyConditions(doc: PolicyDocument): PolicyDocument;
