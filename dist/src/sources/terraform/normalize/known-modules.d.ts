/** The registry name of the module a built-in model covers for this source, or undefined. */
export declare function builtInModelOf(source: string): string | undefined;
