export interface ResourceRange {
    logicalId: string;
    start: number;
    end: number;
}
export declare function templateResourceRanges(text: string, file?: string): ResourceRange[];
