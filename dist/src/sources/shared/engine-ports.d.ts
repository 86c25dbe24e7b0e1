/** The configured port, else the engine's default, else `fallback`. */
export declare function servicePorts(configured: number | undefined, engine: string | undefined, fallback: number[]): number[];
