import type { Framework } from './framework.js';
export interface RuleControl {
    framework: string;
    control: string;
    title: string;
    /** `tests`: its findings decide the control's status; `informs`: they are listed as evidence only. */
    role: 'tests' | 'informs';
}
/** The built-in frameworks, loaded once per process. */
export declare function builtinFrameworks(): Framework[];
export declare function ruleControls(ruleId: string, frameworks?: Framework[]): RuleControl[];
/** Looks a framework up by id; the error lists the valid ids. */
export declare function frameworkNamed(id: string, frameworks?: Framework[]): Framework | {
    error: string;
};
