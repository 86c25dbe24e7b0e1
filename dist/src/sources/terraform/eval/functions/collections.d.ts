/**
 * Collection functions: alltrue anytrue chunklist coalesce coalescelist compact
 * concat contains distinct element flatten index keys length lookup matchkeys
 * merge one range reverse setintersection setproduct setsubtract setunion
 * slice sort sum transpose values zipmap.
 */
import { type Value } from '../../../../model/value.js';
import type { FunctionTable } from './types.js';
export declare function listItems(v: Value, fn: string): Value[];
/** Removes duplicates (by Terraform equality), keeping first occurrences. */
export declare function distinctValues(items: readonly Value[]): Value[];
/** Sets of strings or of numbers come out ordered, as Terraform orders them. */
export declare function setOrder(items: Value[]): Value[];
export declare const collectionFunctions: FunctionTable;
