import type { Control, Framework } from './framework.js';
export interface ComplianceError {
    file: string;
    line?: number;
    message: string;
}
export interface LoadedFrameworks {
    frameworks: Framework[];
    errors: ComplianceError[];
}
/** The `compliance/` folder of the leakproof package, found upward from this file (src/ and dist/src/ alike). */
export declare function builtinComplianceDir(): string;
/** Parses one framework file. `knownRules` (when given) turns an unknown rule id into an error. */
export declare function parseFramework(text: string, file: string, knownRules?: Iterable<string>): {
    framework?: Framework;
    errors: ComplianceError[];
};
/** Loads every `*.yaml` in the folder (the built-in one by default), sorted by framework id; ids must be unique. */
export declare function loadFrameworks(knownRules?: Iterable<string>, dir?: string): LoadedFrameworks;
/** The built-in frameworks; a problem in them is a bug in leakproof, not a user error. */
export declare function loadBuiltinFrameworks(knownRules?: Iterable<string>): Framework[];
/** Finds a framework by id (case-insensitive). */
export declare function findFramework(frameworks: Framework[], id: string): Framework | undefined;
/** The controls a rule decides or informs, per framework, for `rules` and `explain`. */
export declare function controlsOfRule(frameworks: Framework[], ruleId: string): Array<{
    framework: Framework;
    control: Control;
    role: 'tests' | 'informs';
}>;
