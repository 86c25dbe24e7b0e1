import { type SourceOptions } from '../sources/load-unit.js';
export interface IacInventory {
    kind: 'iac';
    paths: string[];
    files: Array<{
        path: string;
        sha256: string;
        bytes: number;
    }>;
    /** Saved live inventories among the inputs: what each covered (their records are listed under resources). */
    liveInventories: Array<{
        path: string;
        provider: string;
        accounts: string[];
        regions: string[];
        startedAt: string;
        finishedAt: string;
        notAssessed: number;
    }>;
    resources: Array<{
        address: string;
        type: string;
        provider: string;
        region: string | null;
        file: string;
        line: number;
        deployment: string | null;
        dataSource: boolean;
    }>;
}
export declare function iacInventory(paths: string[], options: SourceOptions): {
    inventory: IacInventory;
    providers: Set<string>;
};
