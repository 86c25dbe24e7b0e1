import { type PolicyConfig } from '../../policy/config.js';
export declare const configErrorText: (errors: Array<{
    file: string;
    line?: number;
    message: string;
}>) => string;
export interface ConfigTrust {
    /** --trust-config: a discovered config may load code too. */
    trustConfig?: boolean;
}
/** `option` is the --config value (false for --no-config); discovery starts at the scanned paths. */
export declare function resolveConfigOption(option: string | false | undefined, startPaths?: string[], trust?: ConfigTrust): PolicyConfig;
