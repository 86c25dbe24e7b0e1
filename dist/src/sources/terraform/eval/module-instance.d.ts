import type { SourceLocation } from '../../../model/location.js';
import { type SourceResource } from '../../../model/source-resource.js';
import { type MapValue, type Value } from '../../../model/value.js';
import type { Attribute, TemplateExpr } from '../hcl/ast.js';
import { type ModuleDef } from './module-def.js';
import { type ProviderMap } from './providers.js';
import { type EvalContext, type FileAccess, type Resolved, type Scope, type TraversalStep } from './scope.js';
import { type EvalSession } from './session.js';
export declare function isLocalSource(source: string): boolean;
export interface InstanceSetup {
    session: EvalSession;
    def: ModuleDef;
    /** '' for a root module, else `module.a.` or `module.a["k"].module.b.`. */
    prefix: string;
    /** Values given for the module's variables, computed on first use. */
    inputs: ReadonlyMap<string, () => Value>;
    providers: ProviderMap;
    /** The root module's folder: Terraform's working directory for path.* and relative file paths. */
    rootAbsDir: string;
    files: FileAccess;
    depth: number;
    /** Folders of the calling modules, outermost first (recursion guard). */
    ancestors: readonly string[];
    /** The module's key in `.terraform/modules/modules.json`: call names from the root joined by dots ('' for the root). */
    moduleKey: string;
    /** Why this module instance may not exist (a calling module's count / for_each is not known); its resources inherit it. */
    mayNotExist?: string;
}
export declare class ModuleInstance implements Scope {
    private readonly setup;
    readonly files: FileAccess;
    private readonly session;
    private readonly def;
    private readonly prefix;
    private readonly providers;
    private readonly variables;
    private readonly locals;
    private readonly outputs;
    private readonly expansions;
    private readonly instances;
    private readonly children;
    private readonly targets;
    private readonly bodyEvaluation;
    constructor(setup: InstanceSetup);
    parseTemplate(text: string, path: string): TemplateExpr;
    note(message: string): void;
    resolve(name: string, steps: readonly TraversalStep[], ctx: EvalContext): Resolved;
    /**
     * A name the module does not declare. In a module known to be partial (a
     * file failed to parse, or a single file scanned by itself) it may well be
     * declared elsewhere: its value is unknown, with a note. Otherwise it is an
     * error, as in Terraform.
     */
    private undeclared;
    /** An undeclared resource or data source still names its address: the unknown keeps it, for links. */
    private undeclaredResource;
    private missingDeclaration;
    private variable;
    private computeVariable;
    private defaultOf;
    private convert;
    /** Evaluates an expression that may not refer to anything (defaults, optional() defaults). */
    private constant;
    private local;
    private pathValue;
    private resolveResource;
    /** `aws_x.y` with count or for_each, read as a whole: a list or map of instances. */
    private wholeResource;
    private address;
    /** The evaluated configuration of one instance; reading an attribute it does not set gives a ref. */
    private instanceObject;
    private bodyEvaluationFor;
    /** Evaluates count / for_each of a resource or module call (once). */
    private expansion;
    private computeExpansion;
    private regionOf;
    private callTarget;
    /** A module to be evaluated, unless it would recurse or nest too deep. */
    private guarded;
    /** A registry, git or other remote source: evaluated from `.terraform/modules` when it was downloaded there. */
    private remoteTarget;
    private resolveModule;
    private wholeModule;
    private child;
    output(name: string, ctx: EvalContext): Value;
    allOutputs(ctx: EvalContext): MapValue;
    /** Appends every resource and data source instance of this module and its local child modules. */
    emit(out: SourceResource[], calledAt?: SourceLocation): void;
    private emitCall;
    /** A remote module call, handed on with its evaluated arguments for normalizers that know the module. */
    private unevaluatedModule;
    private context;
    /** Evaluates one attribute; any problem becomes an unknown value plus one InputError. */
    evalAttribute(attr: Attribute, file: string, ctx: EvalContext): Value;
    private fail;
}
