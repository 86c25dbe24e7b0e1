export interface HistoryCommandOptions {
    history?: string | false;
    scope?: string;
    limit: number;
    format: 'text' | 'json';
}
export declare function runHistoryCommand(options: HistoryCommandOptions): Promise<number>;
