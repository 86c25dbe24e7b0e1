/**
 * Small readers over a located JSON tree (src/sources/shared/located-json.ts),
 * so that the plan loader can walk `terraform show -json` output while keeping
 * every node's line.
 */
import type { MapValue, Value } from '../../model/value.js';
export declare function member(v: Value | undefined, key: string): Value | undefined;
export declare function path(v: Value | undefined, ...keys: string[]): Value | undefined;
export declare function items(v: Value | undefined): Value[];
export declare function entries(v: Value | undefined): Array<[string, Value]>;
export declare function text(v: Value | undefined): string | undefined;
export declare function isMap(v: Value | undefined): v is MapValue;
