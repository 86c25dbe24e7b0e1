export declare function runExplainCommand(ruleId: string, options: {
    rules: string[];
}): Promise<number>;
