import { str, unknown } from '../../model/value.js';
import { TemplateBudget, TemplateBudgetError } from './evaluate/budget.js';
import { TemplateEvaluator, NO_VALUE } from './evaluate/evaluator.js';
import { expandForEach } from './evaluate/for-each.js';
import { readParameterOverrides } from './parameter-values.js';
import { readTextFile } from '../shared/decode-text.js';
import { DEFAULT_PARSE_LIMITS } from './parse/limits.js';
import { asTemplate, looksLikeBrokenTemplate, readDocuments } from './parse/template-file.js';
function mapSection(root, key) {
    const v = root.entries.get(key);
    return v?.t === 'map' ? v : undefined;
}
function textOf(v) {
    return v?.t === 'string' ? v.v : undefined;
}
/** A template's deployment key: its file, and the document for multi-document files. */
function rootOf(t) {
    return t.documentsInFile > 1 ? `${t.file}#${t.template.index + 1}` : t.file;
}
function evaluatorFor(template, options, overrides, resources, budget) {
    return new TemplateEvaluator({
        budget,
        dialect: template.dialect,
        parameters: mapSection(template.root, 'Parameters'),
        mappings: mapSection(template.root, 'Mappings'),
        conditions: mapSection(template.root, 'Conditions'),
        region: options.region,
        overrides,
        resources,
    });
}
/** Expands `Fn::ForEach` loops (AWS::LanguageExtensions) so that each stamped resource is scanned. */
function withLoopsExpanded(t, options, overrides, notes, budget) {
    const { template } = t;
    if (![...template.resources.entries.keys()].some((k) => k.startsWith('Fn::ForEach::')))
        return template;
    const evaluator = evaluatorFor(template, options, overrides, new Map(), budget);
    const problems = [];
    const resources = expandForEach(template.resources, (c) => {
        const v = evaluator.evaluate(c);
        return v === NO_VALUE ? { t: 'list', items: [] } : v;
    }, problems, budget);
    for (const p of problems)
        notes.push(`${t.file}: ${p}`);
    return { ...template, resources };
}
function providerOf(type) {
    if (type.startsWith('AWS::'))
        return 'aws';
    if (type.startsWith('ALIYUN::'))
        return 'alicloud';
    return 'other';
}
function resourcesOf(t, options, overrides, errors, notes, budget) {
    const { template, file } = t;
    // Logical ids are the addresses, as users know them; each template is its own deployment (root).
    const addresses = new Map([...template.resources.entries.keys()].map((id) => [id, id]));
    const root = rootOf(t);
    const evaluator = evaluatorFor(template, options, overrides, addresses, budget);
    const transform = template.root.entries.get('Transform');
    if (transform) {
        const names = transform.t === 'list' ? transform.items.map(textOf).filter(Boolean) : [textOf(transform) ?? 'a macro'];
        notes.push(`${file}: the template transform ${names.join(', ')} is not expanded; only the resources written in the template are scanned`);
    }
    const region = options.region
        ? str(options.region)
        : unknown(`the stack's region is not given (use --region)`, undefined);
    const out = [];
    for (const [logicalId, declaration] of template.resources.entries) {
        const address = logicalId;
        if (declaration.t !== 'map') {
            errors.push({ file, line: declaration.loc?.startLine, message: `resource ${logicalId} is not a map` });
            continue;
        }
        const typeValue = declaration.entries.get('Type');
        const type = textOf(typeValue);
        if (!typeValue) {
            errors.push({ file, line: declaration.loc?.startLine, message: `resource ${logicalId} has no Type` });
            continue;
        }
        if (type === undefined) {
            // e.g. `Type: !Rain::Module ...`: a pre-processor's construct, expanded before CloudFormation sees it.
            notes.push(`${file}: ${logicalId} has a Type that is not a resource type name (a pre-processor module?); it is not scanned`);
            continue;
        }
        const condition = textOf(declaration.entries.get('Condition'));
        if (condition !== undefined) {
            const decision = evaluator.condition(condition);
            if (decision.known && !decision.value)
                continue;
            if (!decision.known)
                notes.push(`${file}: ${logicalId} exists only when condition ${condition} holds, which cannot be decided (${decision.reason}); it is scanned as if it exists`);
        }
        const properties = declaration.entries.get('Properties');
        let attrs = { t: 'map', entries: new Map(), loc: declaration.loc };
        if (properties) {
            const evaluated = evaluator.evaluate(properties);
            if (evaluated !== NO_VALUE && evaluated.t === 'map')
                attrs = evaluated;
            else if (evaluated !== NO_VALUE && evaluated.t === 'unknown')
                notes.push(`${file}: the properties of ${logicalId} are unknown (${evaluated.reason})`);
        }
        out.push({
            sourceKind: template.dialect,
            address,
            type,
            provider: providerOf(type),
            region,
            attrs,
            loc: declaration.loc ?? { file, startLine: 1, endLine: 1 },
            root,
        });
    }
    return out;
}
/**
 * Loads the templates among `files` (paths relative to the working directory,
 * as locations should show them). Files that hold no template are skipped.
 */
export function loadCloudFormation(files, options = {}) {
    const limits = { ...DEFAULT_PARSE_LIMITS, ...options.limits };
    const errors = [];
    const notes = [];
    const read = [];
    const templates = [];
    for (const file of files) {
        let text;
        try {
            text = readTextFile(file);
        }
        catch (e) {
            errors.push({ file, message: `cannot read the file (${e.code ?? e.message})` });
            continue;
        }
        const parsed = readDocuments(text, file, limits);
        if (!parsed.ok) {
            if (looksLikeBrokenTemplate(text)) {
                errors.push({ file, message: parsed.message, ...(parsed.line ? { line: parsed.line } : {}), ...(parsed.column ? { column: parsed.column } : {}) });
                read.push(file);
            }
            else if (options.verbose)
                notes.push(`${file}: skipped, not a CloudFormation or ROS template (${parsed.message})`);
            continue;
        }
        const found = parsed.documents.map(asTemplate).filter((t) => t !== undefined);
        if (found.length === 0) {
            if (options.verbose)
                notes.push(`${file}: skipped, not a CloudFormation or ROS template`);
            continue;
        }
        read.push(file);
        for (const template of found)
            templates.push({ file, template, documentsInFile: found.length });
    }
    const overrides = readParameterOverrides(options.parameterFiles, options.parameters);
    errors.push(...overrides.errors);
    const resources = [];
    for (const t of templates) {
        // Each template has its own evaluation budget; running out stops that template only.
        const budget = new TemplateBudget(limits);
        try {
            t.template = withLoopsExpanded(t, options, overrides.values, notes, budget);
            for (const r of resourcesOf(t, options, overrides.values, errors, notes, budget))
                resources.push(r);
        }
        catch (e) {
            if (!(e instanceof TemplateBudgetError) && !(e instanceof RangeError))
                throw e;
            const line = e instanceof TemplateBudgetError ? e.loc?.startLine : undefined;
            errors.push({ file: t.file, ...(line ? { line } : {}), message: `evaluation of the template stopped: ${e.message}; none of its resources are scanned` });
        }
    }
    return { resources, errors, notes, files: [...read, ...overrides.files] };
}
