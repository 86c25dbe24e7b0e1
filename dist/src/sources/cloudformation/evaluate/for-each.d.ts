/**
 * `Fn::ForEach` of the AWS::LanguageExtensions transform, in the Resources
 * section: `Fn::ForEach::Name: [Identifier, Collection, {KeyTemplate: Resource}]`
 * stamps out one resource per item, substituting `${Identifier}` and
 * `&{Identifier}` (alphanumerics only) in logical ids, and `${Identifier}` in
 * strings and `{Ref: Identifier}` in values. Loops nest. A collection that
 * cannot be evaluated leaves the loop unexpanded and says so.
 *
 * Stamping is bounded: more than `maxExpandedResources` resources in a
 * template, or more nodes copied than the template's budget allows, stops the
 * template with an error instead of multiplying forever.
 */
import type { MapValue, Value } from '../../../model/value.js';
import { type TemplateBudget } from './budget.js';
/** Evaluates a loop's collection (a literal list, a list parameter, a mapping lookup ...). */
export type CollectionEvaluator = (collection: Value) => Value;
/** The Resources map with every Fn::ForEach loop expanded; `problems` says which loops could not be. */
export declare function expandForEach(resources: MapValue, evaluateCollection: CollectionEvaluator, problems: string[], budget: TemplateBudget): MapValue;
