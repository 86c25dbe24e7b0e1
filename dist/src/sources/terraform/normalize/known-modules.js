/**
 * Which registry modules have a built-in model here (the *-modules.ts
 * normalizers): the loader names the model in its note when it hands on a
 * call it could not evaluate, so the report says how the module's resources
 * were arrived at.
 */
import { AURORA_MODULE, RDS_MODULE } from './datastore-modules.js';
import { SG_MODULE, SG_MODULE_GIT, VPC_MODULE, VPC_MODULE_GIT } from './network-modules.js';
import { S3_BUCKET_MODULE, S3_BUCKET_MODULE_GIT } from './storage-modules.js';
const MODELLED = [
    ['terraform-aws-modules/vpc/aws', [VPC_MODULE, VPC_MODULE_GIT]],
    ['terraform-aws-modules/security-group/aws', [SG_MODULE, SG_MODULE_GIT]],
    ['terraform-aws-modules/s3-bucket/aws', [S3_BUCKET_MODULE, S3_BUCKET_MODULE_GIT]],
    ['terraform-aws-modules/rds/aws', [RDS_MODULE]],
    ['terraform-aws-modules/rds-aurora/aws', [AURORA_MODULE]],
];
/** The registry name of the module a built-in model covers for this source, or undefined. */
export function builtInModelOf(source) {
    for (const [name, patterns] of MODELLED)
        if (patterns.some((p) => p.test(source)))
            return name;
    return undefined;
}
