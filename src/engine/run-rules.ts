/**
 * Runs rules over one scan unit's model and turns their results into findings:
 * located, with the fix for the finding's source format, sensitivity-adjusted
 * and fingerprinted. A rule that throws is reported as an error; the others run on.
 */
import path from 'node:path';
import type { Finding, FixSnippet, Severity } from '../findings/finding.js';
import { raiseSeverity } from '../findings/finding.js';
import type { ModelResource } from '../model/resources.js';
import type { InputError, SourceKind, SourceResource } from '../model/source-resource.js';
import type { SourceLocation } from '../model/location.js';
import { checkModelRecord, checkSourceResource, type DeclarativeRule } from './declarative-rule.js';
import { fingerprintOf } from './fingerprint.js';
import type { FixByFormat, Rule, RuleContext, RuleResult } from './rule.js';
import type { RuleSet } from './rule-loader.js';
import { sensitiveClassification } from './sensitivity.js';

type RuleMeta = Pick<Rule, 'id' | 'title' | 'severity' | 'category' | 'remediation' | 'references' | 'frameworks'>;

interface Subject {
  address: string;
  type: string;
  provider: string;
  region?: string;
  account?: string;
  sourceKind: SourceKind;
  loc: SourceLocation;
  /** The resource whose tags decide sensitivity (a flow's source datastore). */
  sensitivityOf?: ModelResource;
}

function fixFor(sourceKind: SourceKind, fix: FixByFormat | undefined): FixSnippet | undefined {
  if (!fix) return undefined;
  switch (sourceKind) {
    case 'terraform':
    case 'terraform-plan':
      return fix.terraform ? { language: 'hcl', code: fix.terraform } : undefined;
    case 'cloudformation':
      return fix.cloudformation ? { language: 'yaml', code: fix.cloudformation } : undefined;
    case 'ros':
      return fix.ros ? { language: 'yaml', code: fix.ros } : undefined;
    default:
      return fix.cli ? { language: 'shell', code: fix.cli } : undefined;
  }
}

/**
 * The deployment a finding belongs to, for fingerprints: the one given by the
 * source (a Terraform root folder), else the account (live) or declaring folder.
 * Module code shared by two roots gives two findings, one per deployment.
 */
function unitOf(subject: Subject, deployment: string | undefined): string {
  if (deployment !== undefined) return deployment;
  if (subject.sourceKind === 'aws-live' || subject.sourceKind === 'alicloud-live') return subject.account ?? '';
  return path.posix.dirname(subject.loc.file);
}

function toFinding(rule: RuleMeta, subject: Subject, result: RuleResult, deployment: string | undefined): Finding {
  let severity: Severity = result.severity ?? rule.severity;
  const details = { ...(result.details ?? {}) };
  const classification = sensitiveClassification(subject.sensitivityOf);
  if (classification && severity !== 'info' && severity !== 'critical') {
    severity = raiseSeverity(severity);
    details.sensitivity = `${classification} raised the severity one level`;
  }
  const loc = result.location ?? subject.loc;
  const snippet = fixFor(subject.sourceKind, result.fix);
  const evidence: Finding['evidence'] = {};
  if (result.path?.length) evidence.path = result.path;
  if (result.missing?.length) evidence.missing = result.missing;
  if (Object.keys(details).length > 0) evidence.details = details;
  return {
    ruleId: rule.id,
    title: rule.title,
    category: rule.category,
    severity,
    message: result.message,
    resource: {
      address: subject.address,
      type: subject.type,
      provider: subject.provider,
      ...(subject.region ? { region: subject.region } : {}),
      ...(subject.account ? { account: subject.account } : {}),
      sourceKind: subject.sourceKind,
    },
    location: { file: loc.file, startLine: loc.startLine, endLine: Math.max(loc.endLine, loc.startLine) },
    remediation: { text: rule.remediation, ...(snippet ? { snippet } : {}) },
    ...(Object.keys(evidence).length > 0 ? { evidence } : {}),
    references: rule.references,
    frameworks: rule.frameworks,
    fingerprint: fingerprintOf({ ruleId: rule.id, unit: unitOf(subject, deployment), address: subject.address, key: result.key }),
  };
}

function subjectOfModel(r: ModelResource, ctx: RuleContext): Subject {
  const flowSource = r.kind === 'data-flow' && r.source.kind === 'resource' ? ctx.model.byId.get(r.source.id) : undefined;
  return {
    address: r.id,
    type: r.sourceType,
    provider: r.provider,
    ...(r.region.known ? { region: r.region.value } : {}),
    ...(r.account ? { account: r.account } : {}),
    sourceKind: r.sourceKind,
    loc: r.loc,
    sensitivityOf: flowSource ?? r,
  };
}

function subjectOfSource(r: SourceResource): Subject {
  const region = r.region.t === 'string' ? r.region.v : undefined;
  return {
    address: r.address,
    type: r.type,
    provider: r.provider,
    ...(region ? { region } : {}),
    ...(r.account ? { account: r.account } : {}),
    sourceKind: r.sourceKind,
    loc: r.loc,
  };
}

export interface RunRulesInput {
  ruleSet: RuleSet;
  ctx: RuleContext;
  sources: SourceResource[];
  /** The deployment these sources form (a Terraform root module's folder); part of every fingerprint. */
  deployment?: string;
}

export function runRules({ ruleSet, ctx, sources, deployment }: RunRulesInput): { findings: Finding[]; errors: InputError[] } {
  const findings: Finding[] = [];
  const errors: InputError[] = [];
  const guarded = (rule: RuleMeta, subject: Subject, run: () => RuleResult[]) => {
    let results: RuleResult[];
    try {
      results = run();
    } catch (e) {
      errors.push({ file: subject.loc.file, line: subject.loc.startLine, message: `rule ${rule.id} failed on ${subject.address}: ${(e as Error).message}` });
      return;
    }
    for (const result of results) findings.push(toFinding(rule, subject, result, deployment));
  };

  for (const resource of ctx.model.resources) {
    const subject = subjectOfModel(resource, ctx);
    for (const rule of ruleSet.rules)
      if (rule.resourceKinds.includes(resource.kind)) guarded(rule, subject, () => rule.check(resource, ctx));
    for (const rule of ruleSet.declarative)
      if (rule.resourceKinds.includes(resource.kind)) guarded(rule, subject, () => checkModelRecord(rule, resource));
  }
  const sourceRules = ruleSet.declarative.filter((r: DeclarativeRule) => r.sourceTypes.length > 0);
  if (sourceRules.length > 0)
    for (const source of sources) {
      const subject = subjectOfSource(source);
      for (const rule of sourceRules) if (rule.sourceTypes.includes(source.type)) guarded(rule, subject, () => checkSourceResource(rule, source));
    }
  return { findings, errors };
}
