/** Turns command-line strings into typed options, rejecting bad values with a UsageError. */
import { type Severity } from '../findings/finding.js';
export declare const FAIL_ON_VALUES: readonly ["critical", "high", "medium", "low", "info", "none"];
export type FailOn = (typeof FAIL_ON_VALUES)[number];
export declare function parseFailOn(value: string): FailOn;
/** `--var name=value`, repeatable; later values win as in Terraform. */
export declare function parseVarAssignment(value: string, previous?: Array<[string, string]>): Array<[string, string]>;
/** `--parameter Key=Value`, repeatable; a CloudFormation parameter name is alphanumeric. */
export declare function parseParameterAssignment(value: string, previous?: Array<[string, string]>): Array<[string, string]>;
export declare function collect(value: string, previous?: string[]): string[];
/** Comma-separated list flags (`--allowed-jurisdictions US,EU`), repeatable. */
export declare function collectList(value: string, previous?: string[]): string[];
export declare function parseSeverityList(values: string[]): Severity[];
