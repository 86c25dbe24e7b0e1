import { type Fact } from './fact.js';
import type { PolicyDocument, PolicyStatement } from './resources.js';
import type { SourceResource } from './source-resource.js';
import { type ResourceRef, type Value } from './value.js';
/** How a data-source reference is turned into a document: supplied by the source that knows its data sources. */
export type PolicyRefResolver = (ref: ResourceRef) => Fact<PolicyDocument> | undefined;
/**
 * Parses a policy written as a JSON string or as a located map. Absent or null
 * values have no policy; an unknown value (a variable, a computed attribute) is
 * an unknown fact. Data-source references (aws_iam_policy_document) are handed
 * to `resolveRef` when given.
 */
export declare function parsePolicyDocument(value: Value, address?: string, resolveRef?: PolicyRefResolver): Fact<PolicyDocument>;
/**
 * The document an `aws_iam_policy_document` data source renders: its statement
 * blocks, merged with `source_policy_documents` / `source_json` (statements
 * added) and `override_policy_documents` / `override_json` (statements with
 * the same sid replaced), as Terraform does.
 */
export declare function policyFromIamPolicyDocument(data: SourceResource, resolveRef?: PolicyRefResolver, depth?: number): Fact<PolicyDocument>;
/**
 * A resolver for references to `data.aws_iam_policy_document.<name>.json`
 * (also `minified_json`), given the scan's data sources by address. Count and
 * for_each instances are matched by their base address when the reference
 * names the un-indexed data source.
 */
export declare function iamPolicyDocumentResolver(dataByAddress: Map<string, SourceResource> | undefined): PolicyRefResolver;
export type StatementExposure = 
/** A Deny, or principals that are not "anyone". */
{
    kind: 'not-public';
}
/** Anyone, with no condition that narrows who or from where. */
 | {
    kind: 'open';
    detail: string;
}
/** Anyone — no credentials needed — but only from the listed addresses. */
 | {
    kind: 'source-ip-only';
    detail: string;
    ranges: string[];
    unknown?: string;
}
/** Anyone by principal, but a condition confines it to an identity, account, organisation or private network. */
 | {
    kind: 'restricted';
    detail: string;
}
/** Who is let in cannot be decided from the input. */
 | {
    kind: 'unknown';
    reason: string;
};
/**
 * Classifies an Allow statement by who it admits. The AWS definition of a
 * public bucket policy is followed for what restricts (fixed values of
 * identity, account, organisation, VPC or source-IP keys, with a matching
 * operator), with one addition: a grant to everyone that only a source-IP
 * condition narrows is reported separately, since it still needs no
 * credentials (IAM Access Analyzer reports such grants too). A source range of
 * /0 (or wider than /8) restricts nothing.
 */
export declare function assessStatement(st: PolicyStatement): StatementExposure;
/** True when an Allow statement admits anyone, with no condition that restricts who or from where. */
export declare function isOpenToEveryone(st: PolicyStatement): boolean;
/** A short label for a statement in messages: its Sid, else its position. */
export declare function statementLabel(doc: PolicyDocument, st: PolicyStatement): string;
