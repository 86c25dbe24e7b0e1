import { loadCloudFormation } from './cloudformation/load.js';
import { detectFormat } from './detect.js';
import { looksLikeInventory } from './live/inventory.js';
import { loadTerraform } from './terraform/load.js';
import { loadTerraformPlan } from './terraform-plan/load.js';
import { readTextFile } from './shared/decode-text.js';
const STRUCTURED = /\.(json|ya?ml|template)$/i;
/** Terraform / OpenTofu JSON configuration: read by the Terraform source, not here. */
const TERRAFORM_JSON = /\.(tf|tofu|tfvars)\.json$/i;
export function loadUnitSources(unit, options = {}) {
    const result = { resources: [], errors: [], notes: [], files: [], inventoryFiles: [], pairings: [], planDeployments: new Map(), inputs: unit.terraformFolders.size };
    const plans = [];
    const templateResults = [];
    for (const file of unit.files.filter((f) => STRUCTURED.test(f) && !TERRAFORM_JSON.test(f))) {
        let text;
        try {
            text = readTextFile(file);
        }
        catch (e) {
            result.errors.push({ file, message: `cannot be read: ${e.code ?? e.message}` });
            continue;
        }
        const format = detectFormat(file, text);
        // Loaded right after detection, so the template's parse is reused rather than done twice.
        if (format === 'cloudformation' || format === 'ros')
            templateResults.push(loadCloudFormation([file], { ...options.cloudFormation, verbose: options.verbose }));
        else if (format === 'terraform-plan')
            plans.push(file);
        else if (looksLikeInventory(text))
            result.inventoryFiles.push(file);
        else if (options.verbose)
            result.notes.push(`${file}: not a template, plan or inventory; passed over`);
        if (format || result.inventoryFiles.at(-1) === file)
            result.inputs++;
    }
    const planResults = plans.map((file) => loadTerraformPlan(file, { ...options.plan, verbose: options.verbose }));
    const terraform = loadTerraform(unit, { vars: options.vars ?? [], varFiles: options.varFiles ?? [], ...(options.cache ? { cache: options.cache } : {}) });
    // A plan of a folder evaluated here too is paired with it, so that neither hides the other and nothing is reported twice.
    const hclRoots = new Set(terraform.resources.map((r) => r.root).filter((r) => r !== undefined));
    for (const [i, planResult] of planResults.entries()) {
        const configuration = planResult.configuration;
        if (configuration?.exact)
            result.planDeployments.set(plans[i], configuration.folder);
        if (!configuration || !hclRoots.has(configuration.folder))
            continue;
        result.planDeployments.set(plans[i], configuration.folder);
        result.pairings.push({ plan: plans[i], folder: configuration.folder, exact: configuration.exact });
        result.notes.push(`${configuration.folder}: evaluated from its .tf files and from the plan ${plans[i]}` +
            (configuration.exact ? ' (the plan resolves unknown values; what only the .tf files show is still reported)' : ' (the .tf files were edited since the plan: stale plan?)'));
    }
    merge(result, terraform);
    for (const templateResult of templateResults)
        merge(result, templateResult);
    for (const planResult of planResults)
        merge(result, planResult);
    return result;
}
function merge(into, from) {
    into.resources.push(...from.resources);
    into.errors.push(...from.errors);
    into.notes.push(...from.notes);
    into.files.push(...from.files);
}
