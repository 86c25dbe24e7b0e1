export interface PlanResourceRange {
    address: string;
    start: number;
    end: number;
}
export declare function planResourceRanges(source: string, file?: string): PlanResourceRange[];
