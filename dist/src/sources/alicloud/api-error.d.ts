import type { Product } from './products.js';
export declare class AlicloudApiError extends Error {
    readonly code: string;
    readonly statusCode: number | undefined;
    readonly product: Product;
    readonly operation: string;
    constructor(code: string, message: string, statusCode: number | undefined, product: Product, operation: string);
}
/** Turns whatever a client threw into an AlicloudApiError (network errors keep their Node code as the name). */
export declare function toApiError(e: unknown, product: Product, operation: string): AlicloudApiError;
