/**
 * The `type` of a SourceResource that stands for a module call the source did
 * not evaluate (a registry or git module that is not downloaded). Its `address`
 * is the call's (`module.s3_bucket`), `loc` the module block, `region` the
 * default provider region, and `attrs` the evaluated arguments of the call,
 * including `source` and `version`. Normalizers that know a widely used
 * module's behaviour (terraform-aws-modules/s3-bucket/aws, ...) can model what
 * it would create; every other normalizer ignores this type.
 */
export const UNEVALUATED_MODULE_TYPE = 'module';
