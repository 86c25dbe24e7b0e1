/**
 * Bounds on what a template may cost to read and to evaluate. A hostile or
 * broken file (a YAML "billion laughs", a file of nested brackets, an
 * `Fn::Join` of a long parameter repeated thousands of times, nested
 * `Fn::Sub` that doubles at each level) must end in an input error within
 * bounded time and memory, never in a hang or a crash. Evaluation bounds are
 * per template: each template spends its own.
 */
export interface ParseLimits {
    /** Largest file read, in bytes (CloudFormation itself accepts 1 MB templates; S3-hosted ones are larger). */
    maxBytes: number;
    /** Deepest nesting of maps and lists. */
    maxDepth: number;
    /** Most YAML alias uses resolved in one document. */
    maxAliases: number;
    /** Most nodes built for one document, counting each alias expansion again. */
    maxNodes: number;
    /** Characters in any one string an intrinsic function produces. */
    maxStringLength: number;
    /** Items in any one list an intrinsic function produces (Fn::Split, Fn::Cidr, Fn::ListMerge...). */
    maxListItems: number;
    /** Characters all intrinsic functions of one template may produce together. */
    maxTemplateChars: number;
    /** Value nodes one template's evaluation may visit or copy (intrinsics, parameter and mapping copies, loop stamping). */
    maxTemplateSteps: number;
    /** Deepest nesting of evaluation (intrinsics within intrinsics, conditions that name conditions). */
    maxEvalDepth: number;
    /** Resources `Fn::ForEach` loops may stamp out in one template. */
    maxExpandedResources: number;
}
export declare const DEFAULT_PARSE_LIMITS: ParseLimits;
/** The evaluation part of the limits, which the evaluator and the loop expander take. */
export type EvalLimits = Pick<ParseLimits, 'maxStringLength' | 'maxListItems' | 'maxTemplateChars' | 'maxTemplateSteps' | 'maxEvalDepth' | 'maxExpandedResources'>;
