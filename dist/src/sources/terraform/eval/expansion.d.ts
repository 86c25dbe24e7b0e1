/**
 * count and for_each: which instances a resource, data source or module call
 * has, how each is addressed (`x[0]`, `x["key"]`), and what count.index /
 * each.key / each.value are for it.
 *
 * An expansion that depends on an unknown never shrinks to one harmless
 * instance: when the instances it could have are known (a condition that is
 * unknown chooses between known counts or maps, see possible-instances.ts)
 * each of them is evaluated (`possible`), else one instance is evaluated with
 * count.index / each.key / each.value unknown (`unknown`), so that what they
 * decide stays unknown. Either way an instance that may not exist carries that
 * doubt (`doubtOf`), for the report to say "possibly".
 */
import type { SourceLocation } from '../../../model/location.js';
import { type Value } from '../../../model/value.js';
import { type EvalContext } from './scope.js';
export type Expansion = {
    kind: 'single';
} | {
    kind: 'count';
    count: number;
    loc: SourceLocation;
} | {
    kind: 'each';
    keys: string[];
    values: Map<string, Value>;
    loc: SourceLocation;
} | {
    kind: 'unknown';
    by: 'count' | 'for_each';
    reason: string;
    loc: SourceLocation;
    doubt?: string;
} | {
    kind: 'possible';
    by: 'count' | 'for_each';
    /** Every instance some outcome would have (indexes or keys), in order. */
    keys: Array<number | string>;
    /** for_each: each.value by key (unknown where the outcomes disagree). */
    values: Map<string, Value>;
    /** The instances every outcome has. */
    certain: ReadonlySet<number | string>;
    /** Some outcome's instances are not known: one more instance is evaluated with an unknown index. */
    rest: boolean;
    reason: string;
    loc: SourceLocation;
    doubt?: string;
};
export type InstanceKey = undefined | number | string;
export declare function instanceSuffix(key: InstanceKey): string;
export declare function instanceKeys(exp: Expansion): InstanceKey[];
/** Why an instance may not exist (its expansion is not known and not every outcome has it), or undefined when it surely does. */
export declare function doubtOf(exp: Expansion, key: InstanceKey): string | undefined;
export interface ExpansionProblems {
    /** An invalid count / for_each: an InputError. */
    invalid(message: string): void;
    /** An unknown one: a note. */
    unknown(reason: string): void;
}
/**
 * The expansion a count (`by` = count) or for_each value gives. An invalid
 * value gives no instances (after reporting why); a value over the instance
 * limit too.
 */
export declare function expand(value: Value, by: 'count' | 'for_each', loc: SourceLocation, problems: ExpansionProblems): Expansion;
/** Binds count.index or each.key / each.value for one instance. */
export declare function bindInstance(ctx: EvalContext, exp: Expansion, key: InstanceKey): EvalContext;
