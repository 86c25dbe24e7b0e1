/**
 * Runs rules over one scan unit's model and turns their results into findings:
 * located, with the fix for the finding's source format, sensitivity-adjusted
 * and fingerprinted. A rule that throws is reported as an error; the others run on.
 */
import path from 'node:path';
import { raiseSeverity } from '../findings/finding.js';
import { checkModelRecord, checkSourceResource } from './declarative-rule.js';
import { fingerprintOf } from './fingerprint.js';
import { sensitiveClassification } from './sensitivity.js';
function fixFor(sourceKind, fix) {
    if (!fix)
        return undefined;
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
function unitOf(subject, deployment) {
    if (deployment !== undefined)
        return deployment;
    if (subject.sourceKind === 'aws-live' || subject.sourceKind === 'alicloud-live')
        return subject.account ?? '';
    return path.posix.dirname(subject.loc.file);
}
function toFinding(rule, subject, result, deployment) {
    let severity = result.severity ?? rule.severity;
    const details = { ...(result.details ?? {}) };
    const classification = sensitiveClassification(subject.sensitivityOf);
    if (classification && severity !== 'info' && severity !== 'critical') {
        severity = raiseSeverity(severity);
        details.sensitivity = `${classification} raised the severity one level`;
    }
    const loc = result.location ?? subject.loc;
    const snippet = fixFor(subject.sourceKind, result.fix);
    const evidence = {};
    if (result.path?.length)
        evidence.path = result.path;
    if (result.missing?.length)
        evidence.missing = result.missing;
    if (Object.keys(details).length > 0)
        evidence.details = details;
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
function subjectOfModel(r, ctx) {
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
function subjectOfSource(r) {
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
export function runRules({ ruleSet, ctx, sources, deployment }) {
    const findings = [];
    const errors = [];
    const guarded = (rule, subject, run) => {
        let results;
        try {
            results = run();
        }
        catch (e) {
            errors.push({ file: subject.loc.file, line: subject.loc.startLine, message: `rule ${rule.id} failed on ${subject.address}: ${e.message}` });
            return;
        }
        for (const result of results)
            findings.push(toFinding(rule, subject, result, deployment));
    };
    for (const resource of ctx.model.resources) {
        const subject = subjectOfModel(resource, ctx);
        for (const rule of ruleSet.rules)
            if (rule.resourceKinds.includes(resource.kind))
                guarded(rule, subject, () => rule.check(resource, ctx));
        for (const rule of ruleSet.declarative)
            if (rule.resourceKinds.includes(resource.kind))
                guarded(rule, subject, () => checkModelRecord(rule, resource));
    }
    const sourceRules = ruleSet.declarative.filter((r) => r.sourceTypes.length > 0);
    if (sourceRules.length > 0)
        for (const source of sources) {
            const subject = subjectOfSource(source);
            for (const rule of sourceRules)
                if (rule.sourceTypes.includes(source.type))
                    guarded(rule, subject, () => checkSourceResource(rule, source));
        }
    return { findings, errors };
}
