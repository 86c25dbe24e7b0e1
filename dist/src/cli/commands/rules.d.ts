export declare function runRulesCommand(options: {
    rules: string[];
    format: 'text' | 'json';
    framework?: string;
}): Promise<number>;
