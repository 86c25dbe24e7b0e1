/**
 * What a CloudFormation / ROS scan can be told from the command line: the
 * region the stack is deployed to (the value of `AWS::Region` /
 * `ALIYUN::Region` and the region of every resource), and parameter values
 * (`--parameter Key=Value`, `--parameter-file FILE`). Parameters not given
 * take the template's default; a parameter with neither is unknown.
 */
import type { ParseLimits } from './parse/limits.js';
export interface CloudFormationOptions {
    /** `--region`: the stack's region; unknown when absent. */
    region?: string;
    /** `--parameter Key=Value`, in command-line order (later wins). */
    parameters?: Array<[string, string]>;
    /** `--parameter-file FILE`: AWS CLI style `[{ParameterKey, ParameterValue}]`, a plain `{Key: Value}` map, or `{"Parameters": {...}}`. */
    parameterFiles?: string[];
    /** Lists files that were passed over (not templates) in the notes. */
    verbose?: boolean;
    /** Overrides the parse bounds (tests). */
    limits?: Partial<ParseLimits>;
}
