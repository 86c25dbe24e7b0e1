/** JSON to and from Terraform values, with Terraform's encoding details (sorted keys, HTML-safe escapes). */
import type { SourceLocation } from '../../../../model/location.js';
import { type Value } from '../../../../model/value.js';
/** Callers make sure the value is fully known. The length is checked as it grows: shared values can be huge once expanded. */
export declare function jsonEncode(v: Value): string;
/** Plain decoded data (JSON.parse, YAML) to located values, depth-bounded. */
export declare function valueFromData(x: unknown, loc: SourceLocation, depth?: number): Value;
export declare function jsonDecode(text: string, loc: SourceLocation): Value;
