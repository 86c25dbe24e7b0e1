export interface ProgressStream {
    isTTY?: boolean;
    columns?: number;
    write(text: string): unknown;
}
export declare class Progress {
    private readonly stream;
    private frame;
    private lastDraw;
    private drawn;
    private readonly started;
    readonly enabled: boolean;
    constructor(stream?: ProgressStream, env?: NodeJS.ProcessEnv);
    update(text: string, force?: boolean): void;
    /** Erases the line, so the report or the next message starts clean. */
    done(): void;
}
