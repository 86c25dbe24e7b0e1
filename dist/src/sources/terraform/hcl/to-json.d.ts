/**
 * Renders a parsed file in the JSON shape of `@cdktf/hcl2json` (tmccombs/hcl2json
 * as forked by cdktf). Only the differential test uses it: matching that output
 * for every real file shows the parser reads values and source ranges the way
 * HashiCorp's parser does. Its conventions, reproduced here:
 * - a block becomes an array of body objects under its type, nested one object
 *   level per label (`resource.aws_s3_bucket.b = [{...}]`); blocks come first,
 *   then attributes, so an attribute overrides a block of the same name;
 * - numbers, booleans, null, tuples, objects and quoted or heredoc strings
 *   become JSON values; `-1` and `!true` are folded;
 * - any other expression becomes `"${" + its exact source text + "}"`, and a
 *   template that is a single interpolation (`"${x}"`) is replaced by its inner
 *   expression;
 * - literal text in templates gets `${` and `%{` escaped back to `$${` and `%%{`;
 *   interpolations stay `${source}`; directives are re-rendered as
 *   `%{if cond}...%{else}...%{endif}` and `%{for k, v in coll}...%{endfor}`, with
 *   strip markers already applied and no spaces inside the braces;
 * - object keys: a bare name or traversal keeps its source text, a string its
 *   value, anything else is rendered like a template part (`"${(k)}"`).
 */
import type { HclFile } from './ast.js';
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
    [key: string]: JsonValue;
}
export declare function toHcl2Json(file: HclFile, source: string): JsonObject;
/**
 * A number literal as cty converts it to a string: plain decimal notation, no
 * exponent, no superfluous zeros (`1.5e3` → `1500`, `1e-7` → `0.0000001`).
 */
export declare function decimalText(literal: string): string;
