/**
 * Which findings of a rule speak to a control. Most controls take every
 * finding of their rules; some name a port (CIS "port 22"), an address family
 * ("0.0.0.0/0" versus "::/0") or a resource type ("RDS instances"), and then
 * only the findings that say so count.
 */
import type { Finding } from '../findings/finding.js';
import { globToRegExp } from '../policy/glob.js';
import type { Framework, RuleRef } from './framework.js';

/** `22-22,8000-8080` → ranges; an absent detail means the finding is about every port (an allow-all entry). */
function portRanges(text: string | undefined): Array<[number, number]> | 'all' {
  if (!text) return 'all';
  const ranges: Array<[number, number]> = [];
  for (const part of text.split(',')) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(part);
    if (m) ranges.push([Number(m[1]), Number(m[2] ?? m[1])]);
  }
  return ranges.length > 0 ? ranges : 'all';
}

function matchesPorts(finding: Finding, ports: number[]): boolean {
  const ranges = portRanges(finding.evidence?.details?.ports);
  if (ranges === 'all') return true;
  return ports.some((p) => ranges.some(([from, to]) => p >= from && p <= to));
}

function matchesSources(finding: Finding, family: 'ipv4' | 'ipv6'): boolean {
  const sources = finding.evidence?.details?.sources;
  if (!sources) return true;
  const list = sources.split(',').map((s) => s.trim()).filter(Boolean);
  return list.some((s) => (family === 'ipv6' ? s.includes(':') : !s.includes(':')));
}

function matchesTypes(finding: Finding, types: string[]): boolean {
  return types.some((t) => new RegExp(globToRegExp(t.toLowerCase()).source, 's').test(finding.resource.type.toLowerCase()));
}

export function findingMatchesRef(finding: Finding, ref: RuleRef): boolean {
  if (finding.ruleId !== ref.id) return false;
  if (ref.ports && !matchesPorts(finding, ref.ports)) return false;
  if (ref.sources && !matchesSources(finding, ref.sources)) return false;
  if (ref.resourceTypes && !matchesTypes(finding, ref.resourceTypes)) return false;
  return true;
}

/** A framework about one cloud judges only that cloud's findings. */
export function findingInFramework(finding: Finding, framework: Framework): boolean {
  return !framework.provider || finding.resource.provider === framework.provider;
}
