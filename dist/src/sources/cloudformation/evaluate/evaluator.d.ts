import { type MapValue, type ResourceRef, type Value } from '../../../model/value.js';
import { TemplateBudget } from './budget.js';
import { NO_VALUE, type NoValue } from './pseudo-parameters.js';
export type Dialect = 'cloudformation' | 'ros';
export interface EvaluatorInput {
    dialect: Dialect;
    parameters?: MapValue;
    mappings?: MapValue;
    conditions?: MapValue;
    region?: string;
    /** Parameter values from the command line or a parameter file. */
    overrides: Map<string, string | string[]>;
    /** Logical id → the address its SourceResource gets. */
    resources: Map<string, string>;
    /** The template's evaluation budget, shared by everything that evaluates it (default: a fresh one with the default limits). */
    budget?: TemplateBudget;
}
/** A condition's outcome: decided, or undecidable with the reason. */
export type Decision = {
    known: true;
    value: boolean;
} | {
    known: false;
    reason: string;
};
export declare function describeRef(ref: ResourceRef): string;
export declare class TemplateEvaluator {
    private readonly input;
    private readonly conditionCache;
    private readonly evaluating;
    readonly budget: TemplateBudget;
    constructor(input: EvaluatorInput);
    /** Evaluates a property value; `NO_VALUE` means the property is to be removed. */
    evaluate(v: Value): Value | NoValue;
    private evaluateNode;
    /** A copy of a value tree with every node located at `loc`; each node copied is a step. */
    private relocate;
    /** A string an intrinsic built (its length already checked against the budget). */
    private text;
    /** Evaluates, turning a removed value into an absent one. */
    private value;
    private call;
    private ref;
    private parameterValue;
    private getAtt;
    private fnIf;
    /** The named condition of the template's Conditions section. */
    condition(name: string): Decision;
    /** A condition expression: Fn::Equals / And / Or / Not, `Condition` references, a literal boolean. */
    decide(expr: Value): Decision;
    private decideNode;
    private sub;
    private subVariable;
    private join;
    private select;
    private split;
    private findInMap;
    /** A string function of one string; `bound` is the length of its result, or more, found without computing it. */
    private mapText;
    private cidr;
    private length;
    private toJsonString;
    /** ROS `Fn::Replace [{old: new, ...}, text]`. */
    private replace;
    /** ROS `Fn::ListMerge [[...], [...]]`. */
    private listMerge;
    /**
     * An upper bound of the length of `v` as JSON, found without building it,
     * stopping as soon as it passes the longest string allowed (a list that
     * names one long parameter a thousand times is small as a value and huge as text).
     */
    private jsonLengthBound;
}
export { NO_VALUE };
export type { NoValue };
