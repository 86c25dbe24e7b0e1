import type { ConfigError } from '../engine/declarative-rule.js';
import type { Severity } from '../findings/finding.js';
export declare const CONFIG_FILE_NAMES: string[];
export interface Waiver {
    rule: string;
    /** Resource address glob. */
    resource: string;
    reason: string;
    owner?: string;
    /** Last day the waiver applies, YYYY-MM-DD. */
    expires?: string;
    /** Where it is written, for warnings. */
    file: string;
    line: number;
}
/**
 * Where a config came from. `discovered`: found upward from a scanned path, so
 * written by whoever wrote the scanned tree; `command-line`: named with --config.
 */
export type ConfigOrigin = 'discovered' | 'command-line';
/** Lines of the settings that turn things off or down, for the report's policy changes. */
export interface ConfigLines {
    failOn?: number;
    /** One per `rules.disable` entry, same order. */
    disable: number[];
    /** By severity-override key. */
    severity: Record<string, number>;
    /** One per `extra-rules` entry, same order. */
    extraRules: number[];
    baseline?: number;
}
/** An `extra-rules` file of an untrusted config that was not loaded: it would run code, or lies outside the config's tree. */
export interface RefusedCode {
    /** The entry as resolved (a path or an npm package name). */
    spec: string;
    /** What was not loaded, as shown: `extra-rules team/x.mjs`, `extra-rules npm package acme-rules`, `baseline ../b.json`. */
    what: string;
    /** `code`: it would run; `outside`: a YAML rule file or baseline outside the tree the config was found in. */
    reason: 'code' | 'outside';
    line?: number;
}
export interface PolicyConfig {
    /** Absolute path of the file, when one was loaded. */
    file?: string;
    /** Set when a file was loaded (see config-option.ts). */
    origin?: ConfigOrigin;
    lines?: ConfigLines;
    /** Code named in `extra-rules` that was refused because the config is not trusted. */
    refusedCode?: RefusedCode[];
    failOn?: Severity | 'none';
    rules: {
        enable: string[];
        disable: string[];
    };
    severity: Record<string, Severity>;
    residency: {
        allowedJurisdictions?: string[];
        allowedRegions?: string[];
    };
    /** Resolved against the config file's folder. */
    extraRules: string[];
    /** Resolved against the config file's folder. */
    baseline?: string;
    /** Run history for scans (`history:`): a postgres:// URL, or a SQLite path resolved against the config file's folder. */
    history?: string;
    /** `exclude:` globs with their lines (matched relative to each scanned folder by the walker). */
    exclude?: Array<{
        pattern: string;
        line: number;
    }>;
    waivers: Waiver[];
}
export declare const EMPTY_CONFIG: PolicyConfig;
/** Parses and validates config text; `file` is used for messages and to resolve relative paths. */
export declare function parseConfig(text: string, file: string): {
    config: PolicyConfig;
    errors: ConfigError[];
};
export declare function loadConfig(file: string): {
    config: PolicyConfig;
    errors: ConfigError[];
};
/**
 * The config file for a scanned path: the nearest `.leakproof.yaml` in its
 * folder or above, stopping at the repository root (the folder holding `.git`)
 * so a stray file in a home folder never applies.
 */
export declare function findConfigFile(scanned: string): string | undefined;
/**
 * One config for the whole run. Paths that find different config files are an
 * error: which waivers apply would otherwise depend on argument order.
 */
export declare function discoverConfigFile(paths: string[]): {
    file?: string;
    error?: string;
};
