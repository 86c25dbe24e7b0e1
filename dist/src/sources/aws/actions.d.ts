/**
 * Every AWS API operation leakproof sends, with the IAM action that
 * authorises it. docs/aws-iam-policy.json grants exactly these actions, and a
 * test checks that this table, the commands the collectors import and the
 * calls an audit makes all agree, and that every one of them is read-only.
 * IAM action names mostly equal the operation; where they do not
 * (ListBuckets → s3:ListAllMyBuckets) the table says so.
 */
/** The SDK client a command belongs to → the IAM service prefix. */
export declare const CLIENT_SERVICES: Record<string, string>;
/** `Client.Operation` → IAM action. */
export declare const OPERATION_ACTIONS: Record<string, string>;
/** Describe*, Get*, List*: the only verbs an audit may use. */
export declare const READ_ONLY_VERB: RegExp;
export declare function isReadOnlyAction(action: string): boolean;
/** The IAM action for an operation a client sends, or undefined for one this table does not know. */
export declare function actionOf(clientName: string, operation: string): string | undefined;
