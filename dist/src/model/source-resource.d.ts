/**
 * What every source hands to the model builder: one declared (or live) resource
 * with its evaluated, located attributes. Normalizers turn these into the typed
 * model records that analysis and rules read; no rule ever sees this shape.
 */
import type { SourceLocation } from './location.js';
import type { MapValue, Value } from './value.js';
export type SourceKind = 'terraform' | 'terraform-plan' | 'cloudformation' | 'ros' | 'aws-live' | 'alicloud-live';
export type CloudProvider = 'aws' | 'alicloud';
export interface SourceResource {
    sourceKind: SourceKind;
    /** Unique within a scan unit: `module.db.aws_db_instance.this[0]`, a CloudFormation logical id, or an ARN. */
    address: string;
    /** The source's own type name: `aws_db_instance`, `AWS::RDS::DBInstance`, `ALIYUN::RDS::DBInstance`. */
    type: string;
    provider: CloudProvider | 'other';
    /** The region the resource lives in (a Terraform provider's region, a template's --region, a live region). */
    region: Value;
    /** Live sources: the account id. */
    account?: string;
    /** Evaluated attributes. Nested blocks are lists of maps (one map per block), each map located at its block. */
    attrs: MapValue;
    /** The whole resource declaration. */
    loc: SourceLocation;
    /**
     * The deployment the resource belongs to (a Terraform root module's folder). Resources of
     * different roots are analysed apart: they never link to each other.
     */
    root?: string;
    /** True for Terraform data sources: facts read from elsewhere, not declared here. */
    isData?: boolean;
    /**
     * Set when the input does not decide whether this instance exists (its count or for_each,
     * or a calling module's, is not known): why. What it exposes is reported as "possibly".
     */
    mayNotExist?: string;
}
/**
 * The `type` of a SourceResource that stands for a module call the source did
 * not evaluate (a registry or git module that is not downloaded). Its `address`
 * is the call's (`module.s3_bucket`), `loc` the module block, `region` the
 * default provider region, and `attrs` the evaluated arguments of the call,
 * including `source` and `version`. Normalizers that know a widely used
 * module's behaviour (terraform-aws-modules/s3-bucket/aws, ...) can model what
 * it would create; every other normalizer ignores this type.
 */
export declare const UNEVALUATED_MODULE_TYPE = "module";
/** A user-facing problem with one input; the scan of everything else goes on. */
export interface InputError {
    file: string;
    line?: number;
    column?: number;
    message: string;
}
export interface SourceResult {
    resources: SourceResource[];
    errors: InputError[];
    /** Things the user should know that are not errors ("module.vpc (registry source) was not evaluated"). */
    notes: string[];
    /** Files that were read, relative to the working directory. */
    files: string[];
}
