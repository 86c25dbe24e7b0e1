export declare const TOOL_NAME = "leakproof";
export declare const TOOL_VERSION: string;
