/**
 * The status of each control of a framework after one run:
 *
 *   fail          an open (unsuppressed) finding of one of its rules;
 *   not assessed  its rules did not run, or part of what they read was not
 *                 (an input error, a not-assessed part of a live account, no
 *                 resource of the framework's cloud at all);
 *   waived        findings exist but every one is suppressed (waiver, inline
 *                 comment or baseline), with the reason;
 *   pass          its rules ran over everything and found nothing;
 *   not covered   no rule can test it; the mapping says why.
 *
 * Order matters: a control is only as good as its worst part, and a gap in
 * coverage must never read as a pass.
 */
import type { Category, Finding } from '../findings/finding.js';
import type { NotAssessed } from '../findings/report.js';
import { gapAffectsCategories } from '../findings/coverage-gaps.js';
import { findingInFramework, findingMatchesRef } from './finding-match.js';
import type { Control, Framework } from './framework.js';

export const CONTROL_STATUSES = ['fail', 'not assessed', 'waived', 'pass', 'not covered'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

export interface ControlResult {
  control: Control;
  status: ControlStatus;
  /** Why, in one sentence. */
  reason: string;
  /** Open findings behind a fail. */
  failing: Finding[];
  /** Suppressed findings behind a waiver (or behind a fail, alongside open ones). */
  waived: Finding[];
  /** Findings of the `informs` rules: evidence for a person, never a verdict. */
  evidence: Finding[];
}

/** What the run covered, so that a gap is never read as a pass. */
export interface RunCoverage {
  /** The rules that ran, with their category (which decides which services they read). */
  rules: Array<{ id: string; category: Category }>;
  notAssessed: NotAssessed[];
  /** Inputs that could not be read (IaC scans). */
  inputErrors: number;
  /** Clouds with at least one resource in what was scanned; undefined when not known. */
  providers?: Set<string>;
}

function gapsFor(categories: Category[], framework: Framework, coverage: RunCoverage): NotAssessed[] {
  return coverage.notAssessed.filter((n) => (!framework.provider || n.provider === framework.provider) && gapAffectsCategories(n, categories));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function describeGap(gaps: NotAssessed[]): string {
  const shown = gaps.slice(0, 3).map((g) => `${g.account} ${g.region} ${g.service}: ${g.scope}`);
  return `${plural(gaps.length, 'part')} of the account${gaps.length > 3 ? 's' : ''} that these rules read ${gaps.length === 1 ? 'was' : 'were'} not assessed (${shown.join('; ')}${gaps.length > 3 ? '; …' : ''})`;
}

export function assessControl(control: Control, framework: Framework, findings: Finding[], coverage: RunCoverage): ControlResult {
  const inScope = findings.filter((f) => findingInFramework(f, framework));
  const evidence = inScope.filter((f) => control.informs.includes(f.ruleId));
  if (control.notCovered !== undefined)
    return { control, status: 'not covered', reason: control.notCovered, failing: [], waived: [], evidence };

  const ran = new Map(coverage.rules.map((r) => [r.id, r.category]));
  const ranRefs = control.rules.filter((r) => ran.has(r.id));
  const matching = inScope.filter((f) => ranRefs.some((ref) => findingMatchesRef(f, ref)));
  const failing = matching.filter((f) => !f.suppressed);
  const waived = matching.filter((f) => f.suppressed);
  const base = { control, failing, waived, evidence };

  if (failing.length > 0) return { ...base, status: 'fail', reason: `${plural(failing.length, 'open finding')}${waived.length ? ` (and ${waived.length} suppressed)` : ''}` };
  if (ranRefs.length === 0)
    return { ...base, status: 'not assessed', reason: `its rules (${control.rules.map((r) => r.id).join(', ')}) did not run in this run` };
  const notRun = control.rules.filter((r) => !ran.has(r.id)).map((r) => r.id);
  if (notRun.length > 0) return { ...base, status: 'not assessed', reason: `some of its rules did not run: ${[...new Set(notRun)].join(', ')}` };
  if (framework.provider && coverage.providers && !coverage.providers.has(framework.provider))
    return { ...base, status: 'not assessed', reason: `nothing scanned in this run is a ${framework.provider} resource` };
  const gaps = gapsFor([...new Set(ranRefs.map((r) => ran.get(r.id)!))], framework, coverage);
  if (gaps.length > 0) return { ...base, status: 'not assessed', reason: describeGap(gaps) };
  if (coverage.inputErrors > 0)
    return { ...base, status: 'not assessed', reason: `${plural(coverage.inputErrors, 'input')} could not be read, so what they declare was not judged` };
  if (waived.length > 0) {
    const reasons = [...new Set(waived.map((f) => `${f.suppressed!.kind}: ${f.suppressed!.reason}`))];
    return { ...base, status: 'waived', reason: `${plural(waived.length, 'finding')} suppressed (${reasons.join('; ')})` };
  }
  return { ...base, status: 'pass', reason: `${control.rules.map((r) => r.id).filter((id, i, all) => all.indexOf(id) === i).join(', ')} ran and found nothing` };
}

export function assessFramework(framework: Framework, findings: Finding[], coverage: RunCoverage): ControlResult[] {
  return framework.controls.map((c) => assessControl(c, framework, findings, coverage));
}

export function countStatuses(results: ControlResult[]): Record<ControlStatus, number> {
  const counts = Object.fromEntries(CONTROL_STATUSES.map((s) => [s, 0])) as Record<ControlStatus, number>;
  for (const r of results) counts[r.status]++;
  return counts;
}
