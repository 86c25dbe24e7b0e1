/**
 * One evaluation of a module: the root module, or a module called from
 * another one with the caller's inputs and providers. Everything is evaluated
 * lazily and at most once (variables, locals, outputs, count/for_each
 * expansions, resource instances, child modules), so declaration order does
 * not matter and a reference cycle is reported instead of looping.
 */
import * as nodePath from 'node:path';
import { UNEVALUATED_MODULE_TYPE } from '../../../model/source-resource.js';
import { list, map, refValue, str, unknown } from '../../../model/value.js';
import { evalBody } from './blocks.js';
import { MODULE_INSTANCE_COST, spendEvaluations, spendResourceInstance } from './budget.js';
import { BudgetExceededError, EvalError, messageOf, UnsupportedError } from './errors.js';
import { bindInstance, doubtOf, expand, instanceKeys, instanceSuffix } from './expansion.js';
import { possibleExpansion } from './possible-instances.js';
import { evaluate } from './expressions.js';
import { LIMITS } from './limits.js';
import { literalString } from './module-def.js';
import { cloudOf, providerNameOf, providersForChild } from './providers.js';
import { locOf, markComputedObject } from './scope.js';
import { LazyTable } from './session.js';
import { childModuleKey } from '../downloaded-modules.js';
import { builtInModelOf } from '../normalize/known-modules.js';
import { convertToType } from './types.js';
import { isUnknownish, toInt, toStr } from './values.js';
export function isLocalSource(source) {
    return source === '.' || source === '..' || source.startsWith('./') || source.startsWith('../');
}
/** The cloud a registry module is for: the last part of `namespace/name/provider`. */
function cloudOfModuleSource(source) {
    const registry = /^(?:[^/:]+\/)?[^/:]+\/[^/:]+\/([a-z0-9]+)(?:\/\/.*)?$/.exec(source);
    const provider = registry?.[1];
    return provider === 'aws' ? 'aws' : provider === 'alicloud' ? 'alicloud' : 'other';
}
/** Both reasons an instance may not exist, outermost first. */
function joinDoubts(outer, inner) {
    return outer && inner ? `${outer}; ${inner}` : (outer ?? inner);
}
function withDoubt(doubt) {
    return doubt ? { mayNotExist: doubt } : {};
}
/** Variable defaults are constant: evaluate (and convert) each once for every instance of every module. */
const defaultCache = new WeakMap();
export class ModuleInstance {
    setup;
    files;
    session;
    def;
    prefix;
    providers;
    variables;
    locals;
    outputs;
    expansions;
    instances;
    children = new Map();
    targets = new Map();
    bodyEvaluation = new Map();
    constructor(setup) {
        this.setup = setup;
        this.session = setup.session;
        this.def = setup.def;
        this.prefix = setup.prefix;
        this.files = setup.files;
        this.variables = new LazyTable(this.session);
        this.locals = new LazyTable(this.session);
        this.outputs = new LazyTable(this.session);
        this.expansions = new LazyTable(this.session);
        this.instances = new LazyTable(this.session);
        this.providers = new Map(setup.providers);
        for (const decl of this.def.providers) {
            let region;
            const regionAttr = decl.block.body.items.find((i) => i.kind === 'attribute' && i.name === 'region');
            this.providers.set(decl.key, {
                key: decl.key,
                region: () => (region ??= regionAttr
                    ? this.evalAttribute(regionAttr, decl.file, this.context(decl.loc))
                    : unknown(`provider "${decl.key}" sets no region`, decl.loc)),
            });
        }
    }
    // ---- Scope ----
    parseTemplate(text, path) {
        return this.session.parseTemplate(text, path);
    }
    note(message) {
        this.session.problems.note(message);
    }
    resolve(name, steps, ctx) {
        switch (name) {
            case 'var':
                return { value: this.variable(attrStep(steps, 0, 'var'), ctx), consumed: 1 };
            case 'local':
                return { value: this.local(attrStep(steps, 0, 'local'), ctx), consumed: 1 };
            case 'module':
                return this.resolveModule(steps, ctx);
            case 'data': {
                const type = attrStep(steps, 0, 'data');
                const byName = this.def.dataSources.get(type);
                if (!byName) {
                    const name = steps[1]?.kind === 'attr' ? steps[1].name : undefined;
                    return name ? this.undeclaredResource(`data.${type}.${name}`, ctx, 2) : this.undeclared(`data.${type}`, ctx, 1);
                }
                return this.resolveResource(byName, `data.${type}`, steps, 1, ctx);
            }
            case 'path':
                return { value: this.pathValue(attrStep(steps, 0, 'path'), ctx), consumed: 1 };
            case 'terraform': {
                const attr = attrStep(steps, 0, 'terraform');
                if (attr !== 'workspace')
                    throw new EvalError(`terraform.${attr} is not known; only terraform.workspace is`);
                return { value: str('default', ctx.loc), consumed: 1 };
            }
            case 'count':
                throw new EvalError('count.index can only be used in a block that sets count');
            case 'each':
                throw new EvalError('each.key and each.value can only be used in a block that sets for_each');
            case 'self':
                return { value: unknown('self is only known in provisioners', ctx.loc), consumed: 0 };
            case 'ephemeral':
                return { value: unknown('ephemeral resources are not evaluated', ctx.loc), consumed: 0 };
            default: {
                const byName = this.def.resources.get(name);
                if (!byName) {
                    if (this.def.incomplete) {
                        const resourceName = steps[0]?.kind === 'attr' ? steps[0].name : undefined;
                        return resourceName ? this.undeclaredResource(`${name}.${resourceName}`, ctx, 1) : this.undeclared(name, ctx, 0);
                    }
                    throw new EvalError(`unknown name "${name}": not a resource type declared in this module, nor var, local, module, data, path or terraform`);
                }
                return this.resolveResource(byName, name, steps, 0, ctx);
            }
        }
    }
    /**
     * A name the module does not declare. In a module known to be partial (a
     * file failed to parse, or a single file scanned by itself) it may well be
     * declared elsewhere: its value is unknown, with a note. Otherwise it is an
     * error, as in Terraform.
     */
    undeclared(what, ctx, consumed) {
        return { value: this.missingDeclaration(what, ctx.loc), consumed };
    }
    /** An undeclared resource or data source still names its address: the unknown keeps it, for links. */
    undeclaredResource(address, ctx, consumed) {
        const missing = this.missingDeclaration(address, ctx.loc);
        return { value: unknown(missing.t === 'unknown' ? missing.reason : '', ctx.loc, { address: `${this.prefix}${address}`, attr: [] }), consumed };
    }
    missingDeclaration(what, loc) {
        if (!this.def.incomplete)
            throw new EvalError(`reference to undeclared ${what}`);
        const reason = `${what} is not declared in the scanned files`;
        this.note(`${this.def.dir}: ${reason}; what refers to it is unknown`);
        return unknown(reason, loc);
    }
    // ---- variables, locals, path ----
    variable(name, ctx) {
        const known = this.variables.peek(name);
        if (known)
            return known;
        return this.variables.get(name, `${this.prefix}var.${name}`, ctx.loc, () => this.computeVariable(name, ctx), (e) => this.fail(e, ctx.loc));
    }
    computeVariable(name, ctx) {
        const decl = this.def.variables.get(name);
        if (!decl) {
            if (this.def.incomplete)
                return this.missingDeclaration(`var.${name}`, ctx.loc);
            throw new EvalError(`reference to undeclared input variable "${name}"`);
        }
        let value = this.setup.inputs.get(name)?.();
        if (value && value.t === 'null' && !decl.nullable)
            value = undefined;
        if (!value) {
            if (!decl.defaultAttr)
                return unknown(`var.${name} has no value`, decl.loc);
            return this.defaultOf(decl);
        }
        return this.convert(value, decl);
    }
    defaultOf(decl) {
        const cached = defaultCache.get(decl);
        if (cached)
            return cached;
        const loc = locOf(decl.file, decl.defaultAttr.range);
        let value = this.constant(decl.defaultAttr.expr, loc);
        if (value.t !== 'null')
            value = this.convert(value, decl);
        defaultCache.set(decl, value);
        return value;
    }
    convert(value, decl) {
        if (!decl.type)
            return value;
        const loc = decl.typeLoc ?? decl.loc;
        try {
            return convertToType(value, decl.type, { loc, evalDefault: (expr) => this.constant(expr, loc) });
        }
        catch (e) {
            if (e instanceof BudgetExceededError)
                throw e;
            this.session.problems.error(`invalid value for variable "${decl.name}": ${messageOf(e)}`, value.loc ?? decl.loc);
            return value;
        }
    }
    /** Evaluates an expression that may not refer to anything (defaults, optional() defaults). */
    constant(expr, loc) {
        const scope = {
            files: this.files,
            parseTemplate: (t, p) => this.session.parseTemplate(t, p),
            note: (m) => this.note(m),
            resolve: (name) => {
                throw new EvalError(`"${name}" cannot be referred to here: the value must be constant`);
            },
        };
        try {
            return evaluate(expr, { scope, bindings: undefined, loc });
        }
        catch (e) {
            return this.fail(e, loc);
        }
    }
    local(name, ctx) {
        const known = this.locals.peek(name);
        if (known)
            return known;
        return this.locals.get(name, `${this.prefix}local.${name}`, ctx.loc, () => {
            const decl = this.def.locals.get(name);
            if (!decl) {
                if (this.def.incomplete)
                    return this.missingDeclaration(`local.${name}`, ctx.loc);
                throw new EvalError(`reference to undeclared local value "${name}"`);
            }
            return this.evalAttribute(decl.attr, decl.file, this.context(decl.loc));
        }, (e) => this.fail(e, ctx.loc));
    }
    pathValue(attr, ctx) {
        const root = this.setup.rootAbsDir;
        switch (attr) {
            case 'module':
                return str(toSlash(nodePath.relative(root, this.def.absDir)) || '.', ctx.loc);
            case 'root':
                return str('.', ctx.loc);
            case 'cwd':
                return str(toSlash(root), ctx.loc);
            default:
                throw new EvalError(`path.${attr} is not a path value; use path.module, path.root or path.cwd`);
        }
    }
    // ---- resources and data sources ----
    resolveResource(byName, typeLabel, steps, offset, ctx) {
        const name = attrStep(steps, offset, typeLabel);
        const decl = byName.get(name);
        if (!decl)
            return this.undeclaredResource(`${typeLabel}.${name}`, ctx, offset + 1);
        const exp = this.expansion(decl);
        let i = offset + 1;
        let key;
        if (exp.kind !== 'single') {
            const step = steps[i];
            if (!step || step.kind !== 'index')
                return { value: this.wholeResource(decl, exp, ctx), consumed: i };
            if (isUnknownish(step.key)) {
                const ref = { address: this.address(decl, undefined), attr: [] };
                return { value: unknown(`which instance of ${ref.address} is not known`, ctx.loc, ref), consumed: i + 1 };
            }
            const picked = instanceKeyOf(exp, step.key, this.address(decl, undefined));
            if (picked === NOT_EVALUATED) {
                const ref = { address: this.address(decl, undefined), attr: [] };
                return { value: unknown(`${ref.address}${instanceSuffix(step.key.t === 'number' ? step.key.v : toStr(step.key))} may exist, but which instances exist is not known`, ctx.loc, ref), consumed: i + 1 };
            }
            key = picked;
            i++;
        }
        const address = this.address(decl, key);
        if (decl.mode === 'data')
            return { value: unknown('data source', ctx.loc, { address, attr: [] }), consumed: i };
        const next = steps[i];
        if (next?.kind === 'attr') {
            // An attribute the configuration does not set (or sets to null) is computed by the provider.
            const computed = () => refValue({ address, attr: [next.name] }, ctx.loc);
            if (!decl.configured.has(next.name))
                return { value: computed(), consumed: i + 1 };
            const value = this.instanceObject(decl, exp, key).entries.get(next.name);
            return { value: !value || value.t === 'null' ? computed() : value, consumed: i + 1 };
        }
        return { value: this.instanceObject(decl, exp, key), consumed: i };
    }
    /** `aws_x.y` with count or for_each, read as a whole: a list or map of instances. */
    wholeResource(decl, exp, ctx) {
        const instance = (key) => decl.mode === 'data'
            ? unknown('data source', ctx.loc, { address: this.address(decl, key), attr: [] })
            : this.instanceObject(decl, exp, key);
        switch (exp.kind) {
            case 'count':
                return list(instanceKeys(exp).map(instance), ctx.loc);
            case 'each':
                return map(new Map(exp.keys.map((k) => [k, instance(k)])), ctx.loc);
            default: {
                const ref = { address: this.address(decl, undefined), attr: [] };
                return unknown(`the instances of ${ref.address} are not known: ${'reason' in exp ? exp.reason : ''}`, ctx.loc, ref);
            }
        }
    }
    address(decl, key) {
        return `${this.prefix}${decl.localAddress}${instanceSuffix(key)}`;
    }
    /** The evaluated configuration of one instance; reading an attribute it does not set gives a ref. */
    instanceObject(decl, exp, key) {
        const id = `${decl.localAddress}${instanceSuffix(key)}`;
        const known = this.instances.peek(id);
        if (known)
            return known;
        const address = this.address(decl, key);
        return this.instances.get(id, address, decl.loc, () => {
            const ctx = bindInstance(this.context(decl.loc), exp, key);
            return evalBody(decl.block.body, ctx, this.bodyEvaluationFor(decl.file), true, decl.loc, { address, attr: [] });
        }, (e) => {
            this.fail(e, decl.loc);
            return markComputedObject(map(new Map(), decl.loc), { address, attr: [] });
        });
    }
    bodyEvaluationFor(file) {
        let ev = this.bodyEvaluation.get(file);
        if (!ev) {
            ev = {
                file,
                attribute: (attr, ctx) => this.evalAttribute(attr, file, ctx),
                error: (message, loc) => this.session.problems.error(message, loc),
            };
            this.bodyEvaluation.set(file, ev);
        }
        return ev;
    }
    /** Evaluates count / for_each of a resource or module call (once). */
    expansion(decl) {
        const known = this.expansions.peek(decl);
        if (known)
            return known;
        const label = 'localAddress' in decl ? decl.localAddress : `module.${decl.name}`;
        return this.expansions.get(decl, `${this.prefix}${label} (count/for_each)`, decl.loc, () => this.computeExpansion(decl, label), (e) => ({ kind: 'unknown', by: decl.count ? 'count' : 'for_each', reason: this.fail(e, decl.loc).reason, loc: decl.loc }));
    }
    computeExpansion(decl, label) {
        if (decl.count && decl.forEach) {
            const loc = locOf(decl.file, decl.forEach.range);
            this.session.problems.error(`${label} sets both count and for_each`, loc);
            return { kind: 'unknown', by: 'count', reason: 'count and for_each are both set', loc };
        }
        const attr = decl.count ?? decl.forEach;
        if (!attr)
            return { kind: 'single' };
        const by = decl.count ? 'count' : 'for_each';
        const loc = locOf(decl.file, attr.range);
        const ctx = this.context(loc);
        const exp = expand(this.evalAttribute(attr, decl.file, ctx), by, loc, {
            invalid: (message) => this.session.problems.error(`${label}: ${message}`, loc),
            unknown: () => undefined,
        });
        if (exp.kind !== 'unknown')
            return exp;
        // One note per declaration, not per module instance: the file:line names it.
        const where = `${by} of ${label} in ${loc.file}:${loc.startLine}`;
        const doubt = `${by} of ${this.prefix}${label} is not known (${exp.reason})`;
        const possible = possibleExpansion(attr.expr, ctx, by, loc, exp.reason);
        if (!possible) {
            this.note(`${where} is not known (${exp.reason}); one possibly existing instance is evaluated, with ${by === 'count' ? 'count.index' : 'each.key and each.value'} unknown`);
            return { ...exp, doubt };
        }
        if (possible.kind !== 'possible')
            return possible;
        const shown = possible.keys.slice(0, 4).map(instanceSuffix).join(', ') + (possible.keys.length > 4 ? `, … (${possible.keys.length})` : '');
        const also = possible.rest ? `, and one more with ${by === 'count' ? 'count.index' : 'each.key'} unknown` : '';
        this.note(`${where} is not known (${exp.reason}); the instances it could have are evaluated as possibly existing: ${shown}${also}`);
        return { ...possible, doubt };
    }
    regionOf(decl, attrs) {
        // AWS provider 6 lets a resource name its own region.
        if (decl.type.startsWith('aws_')) {
            const own = attrs.entries.get('region');
            if (own && own.t !== 'null')
                return own;
        }
        const key = decl.providerRef ?? providerNameOf(decl.type);
        const config = this.providers.get(key);
        if (config)
            return config.region();
        return unknown(key.includes('.') ? `provider ${key} is not configured` : 'no provider region configured', decl.loc);
    }
    // ---- module calls ----
    callTarget(call) {
        let target = this.targets.get(call);
        if (target)
            return target;
        if (call.source === undefined) {
            target = { kind: 'broken', reason: 'the module has no literal source' };
            if (!call.sourceLoc)
                this.session.problems.error(`module "${call.name}" has no source`, call.loc);
        }
        else if (!isLocalSource(call.source))
            target = this.remoteTarget(call, call.source);
        else {
            const loaded = this.session.loadLocalModule(this.def, call.source);
            if ('error' in loaded) {
                target = { kind: 'broken', reason: loaded.error };
                // A refusal names the reference as written, so the reviewer sees which source tried to reach out.
                const message = loaded.refused ? `${this.prefix}module.${call.name} source "${call.source}": ${loaded.error}` : `module "${call.name}": ${loaded.error}`;
                this.session.problems.error(message, call.sourceLoc ?? call.loc);
            }
            else
                target = this.guarded(call, { kind: 'local', def: loaded });
        }
        this.targets.set(call, target);
        return target;
    }
    /** A module to be evaluated, unless it would recurse or nest too deep. */
    guarded(call, target) {
        if (this.setup.ancestors.includes(target.def.absDir)) {
            this.session.problems.error(`module "${call.name}" calls a module that is already being evaluated (recursion)`, call.sourceLoc ?? call.loc);
            return { kind: 'broken', reason: 'the module calls itself' };
        }
        if (this.setup.depth + 1 > LIMITS.maxModuleDepth) {
            this.session.problems.error(`module "${call.name}": modules nested more than ${LIMITS.maxModuleDepth} deep`, call.loc);
            return { kind: 'broken', reason: 'modules nested too deeply' };
        }
        return target;
    }
    /** A registry, git or other remote source: evaluated from `.terraform/modules` when it was downloaded there. */
    remoteTarget(call, source) {
        const versionAttr = call.block.body.items.find((i) => i.kind === 'attribute' && i.name === 'version');
        const constraint = versionAttr ? literalString(versionAttr.expr) : undefined;
        const found = this.session.downloadedModule(this.setup.rootAbsDir, childModuleKey(this.setup.moduleKey, call.name), source, constraint);
        if (found.found === 'no-manifest')
            return { kind: 'remote', source };
        if (found.found === 'no')
            return { kind: 'remote', source, missing: found.reason };
        const downloaded = { source, dir: found.dir, ...(found.version ? { version: found.version } : {}) };
        return this.guarded(call, { kind: 'local', def: found.def, downloaded });
    }
    resolveModule(steps, ctx) {
        const name = attrStep(steps, 0, 'module');
        const call = this.def.moduleCalls.get(name);
        if (!call)
            return this.undeclared(`module.${name}`, ctx, 1);
        const target = this.callTarget(call);
        if (target.kind === 'remote') {
            const why = target.missing ?? 'remote module sources are not downloaded (run terraform init)';
            return { value: unknown(`module.${name} (${target.source}) is a remote module that was not evaluated: ${why}`, ctx.loc), consumed: 1 };
        }
        if (target.kind === 'broken')
            return { value: unknown(`module.${name} was not evaluated: ${target.reason}`, ctx.loc), consumed: 1 };
        const exp = this.expansion(call);
        let i = 1;
        let key;
        if (exp.kind !== 'single') {
            const step = steps[i];
            if (!step || step.kind !== 'index')
                return { value: this.wholeModule(call, exp, ctx), consumed: i };
            if (isUnknownish(step.key))
                return { value: unknown(`which instance of module.${name} is not known`, ctx.loc), consumed: i + 1 };
            const picked = instanceKeyOf(exp, step.key, `${this.prefix}module.${name}`);
            if (picked === NOT_EVALUATED)
                return { value: unknown(`which instances of module.${name} exist is not known`, ctx.loc), consumed: i + 1 };
            key = picked;
            i++;
        }
        const child = this.child(call, target.def, exp, key);
        const next = steps[i];
        if (next?.kind === 'attr')
            return { value: child.output(next.name, ctx), consumed: i + 1 };
        return { value: child.allOutputs(ctx), consumed: i };
    }
    wholeModule(call, exp, ctx) {
        const target = this.callTarget(call);
        if (target.kind !== 'local')
            return unknown(`module.${call.name} was not evaluated`, ctx.loc);
        switch (exp.kind) {
            case 'count':
                return list(instanceKeys(exp).map((k) => this.child(call, target.def, exp, k).allOutputs(ctx)), ctx.loc);
            case 'each':
                return map(new Map(exp.keys.map((k) => [k, this.child(call, target.def, exp, k).allOutputs(ctx)])), ctx.loc);
            default:
                return unknown(`the instances of module.${call.name} are not known: ${'reason' in exp ? exp.reason : ''}`, ctx.loc);
        }
    }
    child(call, target, exp, key) {
        const id = `${call.name}${instanceSuffix(key)}`;
        let child = this.children.get(id);
        if (child)
            return child;
        spendEvaluations(MODULE_INSTANCE_COST, call.loc);
        const callCtx = bindInstance(this.context(call.loc), exp, key);
        const inputs = new Map();
        for (const attr of call.inputs) {
            if (!target.variables.has(attr.name) && !target.incomplete) {
                this.session.problems.error(`module "${call.name}" has no variable named "${attr.name}"`, locOf(call.file, attr.range));
                continue;
            }
            inputs.set(attr.name, () => this.evalAttribute(attr, call.file, callCtx));
        }
        if (!target.incomplete) {
            for (const v of target.variables.values()) {
                if (!v.defaultAttr && !inputs.has(v.name)) {
                    this.session.problems.error(`module "${call.name}" does not set the required variable "${v.name}"`, call.loc);
                }
            }
        }
        child = new ModuleInstance({
            session: this.session,
            def: target,
            prefix: `${this.prefix}module.${call.name}${instanceSuffix(key)}.`,
            inputs,
            providers: providersForChild(this.providers, call),
            rootAbsDir: this.setup.rootAbsDir,
            files: this.files,
            depth: this.setup.depth + 1,
            ancestors: [...this.setup.ancestors, target.absDir],
            moduleKey: childModuleKey(this.setup.moduleKey, call.name),
            ...withDoubt(joinDoubts(this.setup.mayNotExist, doubtOf(exp, key))),
        });
        this.children.set(id, child);
        return child;
    }
    output(name, ctx) {
        const known = this.outputs.peek(name);
        if (known)
            return known;
        return this.outputs.get(name, `${this.prefix}output.${name}`, ctx.loc, () => {
            const decl = this.def.outputs.get(name);
            if (!decl) {
                if (this.def.incomplete)
                    return this.missingDeclaration(`output ${name}`, ctx.loc);
                throw new EvalError(`the module at ${this.def.dir} has no output named "${name}"`);
            }
            if (!decl.valueAttr)
                return unknown(`output ${name} has no value`, decl.loc);
            return this.evalAttribute(decl.valueAttr, decl.file, this.context(decl.loc));
        }, (e) => this.fail(e, ctx.loc));
    }
    allOutputs(ctx) {
        const entries = new Map();
        for (const name of this.def.outputs.keys())
            entries.set(name, this.output(name, ctx));
        return map(entries, ctx.loc);
    }
    // ---- emission ----
    /** Appends every resource and data source instance of this module and its local child modules. */
    emit(out, calledAt) {
        // Counted even when the module declares nothing: module fan-out alone must run out of budget too.
        spendEvaluations(1, calledAt);
        for (const decl of this.def.declarationOrder) {
            const exp = this.expansion(decl);
            for (const key of instanceKeys(exp)) {
                spendEvaluations(1, decl.loc);
                spendResourceInstance(decl.loc);
                const attrs = this.instanceObject(decl, exp, key);
                const resource = {
                    sourceKind: 'terraform',
                    address: this.address(decl, key),
                    type: decl.type,
                    provider: cloudOf(decl.type),
                    region: this.regionOf(decl, attrs),
                    attrs,
                    loc: decl.loc,
                };
                if (decl.mode === 'data')
                    resource.isData = true;
                const doubt = joinDoubts(this.setup.mayNotExist, doubtOf(exp, key));
                if (doubt)
                    resource.mayNotExist = doubt;
                out.push(resource);
            }
        }
        for (const call of this.def.moduleCalls.values())
            this.emitCall(call, out);
    }
    emitCall(call, out) {
        const target = this.callTarget(call);
        if (target.kind === 'broken')
            return;
        const exp = this.expansion(call);
        const called = `module.${call.name} (${target.kind === 'remote' ? target.source : target.downloaded?.source}) in ${call.file}:${call.loc.startLine}`;
        if (target.kind === 'remote') {
            this.note(`${called}: ${remoteModuleFate(target.source, target.missing)}`);
            for (const key of instanceKeys(exp))
                out.push(this.unevaluatedModule(call, target.source, exp, key));
            return;
        }
        if (target.downloaded)
            this.note(`${called}: evaluated from ${target.downloaded.dir}${target.downloaded.version ? ` (version ${target.downloaded.version})` : ''}`);
        for (const key of instanceKeys(exp))
            this.child(call, target.def, exp, key).emit(out, call.loc);
    }
    /** A remote module call, handed on with its evaluated arguments for normalizers that know the module. */
    unevaluatedModule(call, source, exp, key) {
        const ctx = bindInstance(this.context(call.loc), exp, key);
        const entries = new Map();
        for (const item of call.block.body.items) {
            if (item.kind !== 'attribute' || item.name === 'count' || item.name === 'for_each' || item.name === 'providers' || item.name === 'depends_on')
                continue;
            entries.set(item.name, this.evalAttribute(item, call.file, ctx));
        }
        if (!entries.has('source'))
            entries.set('source', str(source, call.sourceLoc ?? call.loc));
        const cloud = cloudOfModuleSource(source);
        const providers = providersForChild(this.providers, call);
        const config = cloud === 'other' ? undefined : providers.get(cloud);
        const doubt = joinDoubts(this.setup.mayNotExist, doubtOf(exp, key));
        return {
            sourceKind: 'terraform',
            address: `${this.prefix}module.${call.name}${instanceSuffix(key)}`,
            type: UNEVALUATED_MODULE_TYPE,
            provider: cloud,
            region: config ? config.region() : unknown('no provider region configured', call.loc),
            attrs: map(entries, call.loc),
            loc: call.loc,
            ...withDoubt(doubt),
        };
    }
    // ---- evaluation helpers ----
    context(loc) {
        return { scope: this, bindings: undefined, loc };
    }
    /** Evaluates one attribute; any problem becomes an unknown value plus one InputError. */
    evalAttribute(attr, file, ctx) {
        const loc = locOf(file, attr.range);
        try {
            return evaluate(attr.expr, { scope: ctx.scope, bindings: ctx.bindings, loc });
        }
        catch (e) {
            return this.fail(e, loc);
        }
    }
    fail(e, loc) {
        if (e instanceof BudgetExceededError)
            throw e;
        if (e instanceof UnsupportedError) {
            this.note(e.message);
            return unknown(e.message, loc);
        }
        const at = (e instanceof EvalError && e.loc) || loc;
        const message = e instanceof EvalError ? e.message : `evaluation failed: ${messageOf(e)}`;
        this.session.problems.error(message, at);
        return unknown(`could not be evaluated: ${message}`, at);
    }
}
/**
 * What became of a remote module call that was not evaluated, for its note: a
 * built-in model of a well-known module stands in for it, or nothing does.
 */
function remoteModuleFate(source, missing) {
    const model = builtInModelOf(source);
    if (model) {
        const instead = missing ? `the downloaded module is not evaluated: ${missing}` : 'run terraform init to evaluate the module itself';
        return `modelled from its inputs by the built-in model of ${model} (${instead})`;
    }
    return `not evaluated: ${missing ?? 'remote module sources are not downloaded (run terraform init)'}`;
}
function attrStep(steps, i, after) {
    const step = steps[i];
    if (!step || step.kind !== 'attr')
        throw new EvalError(`"${after}" must be followed by an attribute name`);
    return step.name;
}
/** An index that an undecided expansion may have but that was not evaluated (past the known outcomes). */
const NOT_EVALUATED = Symbol('not evaluated');
/** The instance a known index names, checked against the expansion. */
function instanceKeyOf(exp, key, base) {
    if (exp.kind === 'possible') {
        const k = exp.by === 'count' ? toInt(key, `index of ${base}`) : toStr(key, `key of ${base}`);
        if (exp.by === 'count' ? exp.keys.includes(k) : exp.values.has(k))
            return k;
        if (exp.rest)
            return NOT_EVALUATED;
        throw new EvalError(`${base}${instanceSuffix(k)} does not exist whichever way ${exp.by} is decided`);
    }
    if (exp.kind === 'count') {
        const i = toInt(key, `index of ${base}`);
        if (i < 0 || i >= exp.count)
            throw new EvalError(`${base}[${i}] does not exist: count is ${exp.count}`);
        return i;
    }
    if (exp.kind === 'each') {
        const k = toStr(key, `key of ${base}`);
        if (!exp.values.has(k))
            throw new EvalError(`${base}["${k}"] does not exist: for_each has no such key`);
        return k;
    }
    return key.t === 'number' ? key.v : toStr(key, `key of ${base}`);
}
function toSlash(p) {
    return p.split(nodePath.sep).join('/');
}
