/**
 * A finding: what a rule reports about one resource, located and fixable.
 * The JSON report serialises this shape; keep it stable.
 */
import type { PathHop } from '../analysis/types.js';
import type { SourceKind } from '../model/source-resource.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = ['public-datastore', 'open-firewall', 'public-storage', 'data-residency'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Higher is more severe. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

export function raiseSeverity(s: Severity, levels = 1): Severity {
  const i = Math.max(0, SEVERITIES.indexOf(s) - levels);
  return SEVERITIES[i]!;
}

export interface FindingLocation {
  /** Relative to the working directory (IaC) or the ARN/id (live). */
  file: string;
  startLine: number;
  endLine: number;
}

export interface FixSnippet {
  language: 'hcl' | 'yaml' | 'json' | 'shell';
  code: string;
}

export interface Finding {
  ruleId: string;
  title: string;
  category: Category;
  severity: Severity;
  message: string;
  resource: {
    address: string;
    type: string;
    provider: string;
    region?: string;
    account?: string;
    sourceKind: SourceKind;
  };
  location: FindingLocation;
  remediation: { text: string; snippet?: FixSnippet };
  evidence?: {
    /** The way in from the internet (reachability findings). */
    path?: PathHop[];
    /** Facts that were unknown (for "possibly" verdicts). */
    missing?: string[];
    /** Anything else a rule wants to show (region, jurisdiction, statement...). */
    details?: Record<string, string>;
  };
  references: string[];
  frameworks: string[];
  /** Stable across line shifts and unrelated edits: rule + resource + what was found. */
  fingerprint: string;
  suppressed?: { kind: 'inline' | 'waiver' | 'baseline'; reason: string; expires?: string };
}
