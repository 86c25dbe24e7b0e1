/**
 * Bounds on what a template file may cost to read. A hostile or broken file
 * (a YAML "billion laughs", a file of nested brackets) must end in an input
 * error within bounded time and memory, never in a hang or a crash.
 */
export interface ParseLimits {
  /** Largest file read, in bytes (CloudFormation itself accepts 1 MB templates; S3-hosted ones are larger). */
  maxBytes: number;
  /** Deepest nesting of maps and lists. */
  maxDepth: number;
  /** Most YAML alias uses resolved in one document. */
  maxAliases: number;
  /** Most nodes built for one document, counting each alias expansion again. */
  maxNodes: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxDepth: 200,
  maxAliases: 10_000,
  maxNodes: 2_000_000,
};
