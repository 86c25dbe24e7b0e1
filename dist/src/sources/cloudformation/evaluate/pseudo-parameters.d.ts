/**
 * Pseudo parameters (`AWS::Region`, `ALIYUN::AccountId`, ...). Only what the
 * scan is told is known: the region comes from `--region`; the account,
 * stack name and ids exist only once the stack is deployed, so they are
 * unknown, never invented.
 */
import type { SourceLocation } from '../../../model/location.js';
import { type Value } from '../../../model/value.js';
/** `AWS::NoValue` / `ALIYUN::NoValue`: the property is removed. */
export declare const NO_VALUE: unique symbol;
export type NoValue = typeof NO_VALUE;
/** The value of a pseudo parameter, or undefined when `name` is not one. */
export declare function pseudoParameter(name: string, region: string | undefined, loc: SourceLocation | undefined): Value | NoValue | undefined;
/** `Fn::GetAZs`: the region's availability zones, which only the deployed account knows. */
export declare function availabilityZones(loc: SourceLocation | undefined): Value;
