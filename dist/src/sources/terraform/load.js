/**
 * The Terraform source: turns one scan unit's files into SourceResources.
 *
 * Every folder with configuration files (.tf, .tf.json, .tofu, .tofu.json;
 * see walk.ts) is a module. A folder that another scanned
 * folder calls as a local module is evaluated only in that caller's context
 * (with the caller's inputs and providers, at `module.x....` addresses), not
 * on its own; the folders nothing calls are the root modules. Each resource
 * carries its root folder (`root`): two roots are two deployments, analysed
 * apart, so addresses stay plain Terraform addresses.
 *
 * Locations: a value is located where it was written. A literal carries the
 * range of the attribute that holds it — a tfvars line, a variable default, a
 * local, or the caller's module argument when it was passed into a module; a
 * computed value (an operator, a function, a template) carries the range of
 * the attribute that computed it; references pass values through unchanged.
 * Each nested block's map is located at its block, each resource at its block.
 * An unknown read through a reference is located where it was read.
 *
 * Remote modules (registry, git, http, s3...) that `terraform init` downloaded
 * into the root module's `.terraform/modules` (listed in its modules.json,
 * src/sources/terraform/downloaded-modules.ts) are evaluated like local ones,
 * from the folder the manifest names, inside the trust root. A remote call
 * that was not downloaded is a note and a SourceResource of type `module` with
 * its arguments (for the built-in models of well-known modules).
 *
 * Not evaluated, and so unknown: remote modules that were not downloaded,
 * data sources, attributes the provider computes (a `ref` to the
 * resource). file() and templatefile() resolve relative paths against the root
 * module's folder, as Terraform does from its working directory.
 *
 * Trust: everything read on the configuration's behalf (local module folders
 * and their files, file() and friends, auto-loaded tfvars) must lie inside the
 * unit's trust root (src/sources/trust-root.ts); a reference past it is refused
 * and reported at the referencing file:line. --var-file files are the user's.
 *
 * Budgets: each root module is evaluated with a budget of its own; one that
 * runs out is an error located where evaluation was, that root's resources are
 * dropped (not assessed, never passed), and the next roots are still evaluated.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { isConfigurationFile, toRelative, withoutShadowedFiles } from '../walk.js';
import { readUserText, UserFileError } from '../shared/read-user-file.js';
import { HclSyntaxError } from './hcl/ast.js';
import { parseHcl } from './hcl/parser.js';
import { parseHclJson } from './hcl/json-syntax.js';
import { BudgetExceededError, EvalError, messageOf, Problems } from './eval/errors.js';
import { startEvaluationBudget } from './eval/budget.js';
import { BoundedFileAccess } from './eval/file-access.js';
import { findTrustRoot, locateInTrustRoot } from '../trust-root.js';
import { buildModuleDef } from './eval/module-def.js';
import { applyOverrides } from './eval/overrides.js';
import { parseTemplateText } from './eval/template-parse.js';
import { isLocalSource, ModuleInstance } from './eval/module-instance.js';
import { readModuleManifest, sameModuleSource, versionSatisfies } from './downloaded-modules.js';
import { addCliVar, addHclVarFile, addJsonVarFile, automaticVarFiles } from './eval/variable-inputs.js';
export function createParseCache() {
    return new Map();
}
const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Per root module: about ten times what the largest real root modules need; a few seconds of work at most. */
const DEFAULT_MAX_EVALUATIONS = 5_000_000;
export function loadTerraform(unit, options = {}) {
    const loader = new TerraformLoader(unit, options);
    try {
        return loader.load();
    }
    catch (e) {
        // Every expected problem is an InputError already; this keeps a bug from taking the whole scan down.
        return loader.partialResult(`the Terraform files could not be loaded: ${messageOf(e)}`);
    }
    finally {
        startEvaluationBudget(Infinity);
    }
}
class TerraformLoader {
    unit;
    options;
    problems = new Problems();
    stack = [];
    cwd;
    cache;
    filesRead = new Set();
    defs = new Map();
    /** Folders of the unit with .tf files: absolute folder → absolute files. */
    unitFolders = new Map();
    reached = new Set();
    trustRoot;
    fileBytes = new Map();
    templates = new Map();
    /** Every file of the unit by absolute folder, for finding a root's tfvars files. */
    filesByFolder = new Map();
    /** `.terraform/modules/modules.json` of each root module folder evaluated so far (null: none). */
    manifests = new Map();
    constructor(unit, options) {
        this.unit = unit;
        this.options = options;
        this.cwd = options.cwd ?? process.cwd();
        this.cache = options.cache ?? createParseCache();
        for (const [folder, files] of unit.terraformFolders) {
            this.unitFolders.set(this.abs(folder), files.map((f) => this.abs(f)));
        }
        this.trustRoot = options.trustRoot ?? findTrustRoot(this.abs(unit.root));
        for (const f of unit.files) {
            const folder = nodePath.dirname(this.abs(f));
            let group = this.filesByFolder.get(folder);
            if (!group)
                this.filesByFolder.set(folder, (group = []));
            group.push(f);
        }
    }
    abs(rel) {
        return nodePath.resolve(this.cwd, rel);
    }
    rel(abs) {
        return toRelative(this.cwd, abs);
    }
    load() {
        const resources = [];
        const folderDefs = [];
        for (const [absDir, files] of this.unitFolders) {
            // A single .tf file named on the command line is a module by itself.
            const def = this.unit.kind === 'file' ? this.buildDef(absDir, files, `file:${files[0]}`, true) : this.moduleAt(absDir);
            if (def)
                folderDefs.push(def);
        }
        const called = new Set();
        for (const def of folderDefs) {
            for (const call of def.moduleCalls.values()) {
                if (call.source === undefined || !isLocalSource(call.source))
                    continue;
                const target = nodePath.resolve(def.absDir, call.source);
                if (target !== def.absDir && this.unitFolders.has(target))
                    called.add(target);
            }
        }
        const roots = folderDefs.filter((d) => !called.has(d.absDir));
        for (const def of roots)
            this.evaluateRoot(def, resources);
        // Folders that are called only from a cycle of calls (or by calls that failed) are evaluated on their own.
        for (const def of folderDefs) {
            if (this.reached.has(def.absDir))
                continue;
            this.evaluateRoot(def, resources);
        }
        return { resources, errors: this.problems.errors, notes: this.problems.notes, files: [...this.filesRead] };
    }
    partialResult(message) {
        this.problems.error(message, undefined, this.unit.root);
        return { resources: [], errors: this.problems.errors, notes: this.problems.notes, files: [...this.filesRead] };
    }
    /** Evaluates one root module, with a budget of its own; its resources carry `root` so that each root is analysed as its own deployment. */
    evaluateRoot(def, out) {
        this.reached.add(def.absDir);
        startEvaluationBudget(this.options.maxEvaluations ?? DEFAULT_MAX_EVALUATIONS);
        const files = new BoundedFileAccess(def.absDir, this.trustRoot, this.fileBytes, (abs) => this.filesRead.add(this.rel(abs)));
        const instance = new ModuleInstance({
            session: this,
            def,
            prefix: '',
            inputs: this.rootInputs(def, files),
            providers: new Map(),
            rootAbsDir: def.absDir,
            files,
            depth: 0,
            ancestors: [def.absDir],
            moduleKey: '',
        });
        const first = out.length;
        try {
            // Inputs are evaluated lazily, inside emit, so tfvars values count against this root's budget too.
            instance.emit(out);
            for (let i = first; i < out.length; i++)
                out[i].root = def.dir;
        }
        catch (e) {
            // Evaluation problems are caught attribute by attribute: only the budget (or a bug) ends up here.
            // The root's resources are dropped, so that none of them looks assessed and passed.
            out.length = first;
            const at = e instanceof BudgetExceededError ? e.loc : undefined;
            this.problems.error(`evaluation of the root module ${def.dir} stopped: ${messageOf(e)}; its resources are not assessed`, at, def.files[0] ?? def.dir);
        }
        finally {
            startEvaluationBudget(Infinity);
        }
    }
    // ---- variables ----
    rootInputs(def, files) {
        const values = new Map();
        const folderFiles = this.filesByFolder.get(def.absDir) ?? [];
        // Auto-loaded files are the tree's word and must lie inside the trust root; --var-file files are the user's.
        for (const rel of this.unit.kind === 'directory' ? automaticVarFiles(folderFiles) : []) {
            const where = locateInTrustRoot(this.trustRoot, this.abs(rel));
            if (where.ok)
                this.addVarFile(values, rel, files);
            else if (!where.missing)
                this.problems.error(`not loaded as a variables file: ${where.refused}`, undefined, rel);
        }
        for (const rel of this.options.varFiles ?? [])
            this.addVarFile(values, rel, files);
        for (const [name, text] of this.options.vars ?? [])
            addCliVar(values, name, text, def, this, files);
        return values;
    }
    addVarFile(values, relPath, files) {
        const abs = this.abs(relPath);
        const rel = this.rel(abs);
        if (rel.endsWith('.json')) {
            const text = this.readText(abs, rel);
            if (text !== undefined)
                addJsonVarFile(values, rel, text, this);
            return;
        }
        const parsed = this.parse(abs);
        if (parsed)
            addHclVarFile(values, parsed, this, files);
    }
    // ---- files and modules ----
    readText(abs, rel) {
        try {
            const stat = fs.statSync(abs);
            const max = this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
            if (stat.size > max) {
                this.problems.error(`skipped: the file is ${stat.size} bytes, larger than the limit of ${max} bytes`, undefined, rel);
                return undefined;
            }
            // Var files are named on the command line: a FIFO or a device is refused before it is opened.
            const text = readUserText(abs, 'file', max);
            this.filesRead.add(rel);
            return text;
        }
        catch (e) {
            this.problems.error(e instanceof UserFileError ? e.message : `cannot read the file (${e.code ?? messageOf(e)})`, undefined, rel);
            return undefined;
        }
    }
    /** Parses a file once per load (and once per cache); a syntax error becomes an InputError. */
    parse(abs) {
        const rel = this.rel(abs);
        let entry = this.cache.get(abs);
        if (!entry) {
            const text = this.readText(abs, rel);
            if (text === undefined)
                return undefined;
            try {
                // .tf.json and .tofu.json are the JSON syntax of the same configuration language.
                entry = { file: rel.endsWith('.json') ? parseHclJson(text, rel) : parseHcl(text, rel) };
            }
            catch (e) {
                entry =
                    e instanceof HclSyntaxError
                        ? { error: { file: rel, line: e.line, column: e.column, message: e.expected } }
                        : { error: { file: rel, message: `cannot parse the file: ${messageOf(e)}` } };
            }
            this.cache.set(abs, entry);
        }
        else
            this.filesRead.add(rel);
        if ('error' in entry) {
            this.problems.error(entry.error.message, entry.error.line ? { file: rel, startLine: entry.error.line, endLine: entry.error.line, startColumn: entry.error.column } : undefined, rel);
            return undefined;
        }
        return entry.file;
    }
    /** A module from files; `partial` when they are known not to be the whole module (one file named by itself). */
    buildDef(absDir, files, key, partial = false) {
        const cached = this.defs.get(key);
        if (cached)
            return cached;
        const parsed = [];
        let incomplete = partial;
        for (const f of files) {
            const file = this.parse(f);
            if (file)
                parsed.push(file);
            else
                incomplete = true;
        }
        const def = buildModuleDef(this.rel(absDir), absDir, applyOverrides(parsed, this.problems), incomplete, this.problems);
        this.defs.set(key, def);
        return def;
    }
    /** The module in a folder: the unit's .tf files there, or, outside the unit, the folder's .tf files on disk. */
    moduleAt(absDir) {
        const unitFiles = this.unitFolders.get(absDir);
        if (unitFiles)
            return this.buildDef(absDir, unitFiles, absDir);
        const cached = this.defs.get(absDir);
        if (cached)
            return cached;
        let names;
        try {
            names = fs
                .readdirSync(absDir, { withFileTypes: true })
                .filter((e) => (e.isFile() || e.isSymbolicLink()) && isConfigurationFile(e.name))
                .map((e) => e.name)
                .sort();
            names = withoutShadowedFiles(names);
        }
        catch {
            return undefined;
        }
        if (names.length === 0)
            return undefined;
        const max = this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
        const files = [];
        let refusedAny = false;
        for (const name of names) {
            const abs = nodePath.join(absDir, name);
            // The folder is inside the trust root (loadLocalModule checked); a file in it may still be a symlink leading out.
            const where = locateInTrustRoot(this.trustRoot, abs);
            if (!where.ok) {
                if (!where.missing) {
                    this.problems.error(`not read as part of the module: ${where.refused}`, undefined, this.rel(abs));
                    refusedAny = true;
                }
                continue;
            }
            try {
                const size = fs.statSync(abs).size;
                if (size > max) {
                    this.problems.error(`skipped: the file is ${size} bytes, larger than the limit of ${max} bytes`, undefined, this.rel(abs));
                    continue;
                }
            }
            catch {
                continue;
            }
            files.push(abs);
        }
        // With a file left out, what it would have declared is unknown rather than an error.
        return this.buildDef(absDir, files, absDir, refusedAny);
    }
    loadLocalModule(caller, source) {
        const absDir = nodePath.resolve(caller.absDir, source);
        if (!this.unitFolders.has(absDir)) {
            const where = locateInTrustRoot(this.trustRoot, absDir);
            // The hint names the user's way to allow it: a scan path is the user's word, a module source is the tree's.
            if (!where.ok)
                return where.missing ? { error: `module folder ${this.rel(absDir)} does not exist` } : { error: `${where.refused}; scan a folder that holds both to read it`, refused: true };
        }
        const def = this.moduleAt(absDir);
        if (!def) {
            const exists = fs.existsSync(absDir);
            return { error: exists ? `${this.rel(absDir)} has no .tf files` : `module folder ${this.rel(absDir)} does not exist` };
        }
        this.reached.add(absDir);
        return def;
    }
    downloadedModule(rootAbsDir, key, source, versionConstraint) {
        let manifest = this.manifests.get(rootAbsDir);
        if (manifest === undefined) {
            manifest = readModuleManifest(rootAbsDir, this.trustRoot, (abs) => this.rel(abs), this.problems, (abs) => this.filesRead.add(this.rel(abs))) ?? null;
            this.manifests.set(rootAbsDir, manifest);
        }
        if (!manifest)
            return { found: 'no-manifest' };
        const entry = manifest.modules.get(key);
        if (!entry)
            return { found: 'no', reason: `${manifest.file} has no entry for it (run terraform init)` };
        if (!('absDir' in entry))
            return { found: 'no', reason: entry.reason };
        // A source changed since init: Terraform itself would refuse the stale download.
        if (!sameModuleSource(source, entry.source)) {
            return { found: 'no', reason: `${manifest.file} records it as downloaded from "${entry.source}", not from this source (run terraform init)` };
        }
        if (versionConstraint !== undefined && entry.version !== undefined && versionSatisfies(entry.version, versionConstraint) === false) {
            return { found: 'no', reason: `${manifest.file} records version ${entry.version}, which does not meet the constraint "${versionConstraint}" (run terraform init)` };
        }
        const def = this.moduleAt(entry.absDir);
        if (!def)
            return { found: 'no', reason: `its downloaded folder ${entry.dir} has no .tf files` };
        return { found: 'yes', def, dir: entry.dir, ...(entry.version ? { version: entry.version } : {}) };
    }
    // ---- parsing services for the evaluator ----
    parseTemplate(text, path) {
        const key = `${path}\u0000${text}`;
        const cached = this.templates.get(key);
        if (cached)
            return cached;
        const template = parseTemplateText(text, path);
        if (this.templates.size > 200)
            this.templates.clear();
        this.templates.set(key, template);
        return template;
    }
    parseExpression(text, path) {
        const file = parseHcl(`v = ${text}\n`, path);
        const item = file.body.items[0];
        if (!item || item.kind !== 'attribute' || file.body.items.length !== 1)
            throw new EvalError('not a single expression');
        return item.expr;
    }
}
