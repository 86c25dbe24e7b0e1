import type { FunctionTable } from './types.js';
interface Network {
    /** Network address with host bits cleared. */
    base: bigint;
    prefix: number;
    /** 32 or 128. */
    bits: number;
}
export declare function parseCidr(s: string): Network;
export declare const networkFunctions: FunctionTable;
export {};
