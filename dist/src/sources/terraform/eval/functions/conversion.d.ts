/** Type conversion functions: tobool tolist tomap tonumber toset tostring type, and the sensitivity markers (no-ops here). */
import { type Value } from '../../../../model/value.js';
import type { FunctionContext, FunctionTable } from './types.js';
/**
 * Collections in Terraform hold one element type: mixing strings with numbers
 * or bools converts them all to strings, as tolist/toset/tomap do.
 */
export declare function unifyPrimitives(items: Value[], fc: FunctionContext): Value[];
export declare const conversionFunctions: FunctionTable;
