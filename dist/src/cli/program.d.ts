export declare const EXIT_OK = 0;
export declare const EXIT_FINDINGS = 1;
export declare const EXIT_ERROR = 2;
export declare function main(argv: string[]): Promise<number>;
