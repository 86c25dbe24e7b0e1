/**
 * The static shape of one Terraform module (a folder of .tf files): its
 * variables, locals, outputs, resources, data sources, module calls and
 * provider blocks, indexed once per folder and shared by every caller that
 * evaluates it. Nothing here is evaluated.
 */
import type { SourceLocation } from '../../../model/location.js';
import type { Attribute, Block, Expr, HclFile } from '../hcl/ast.js';
import { type Problems } from './errors.js';
import { type TypeConstraint } from './types.js';
/** Something declared in a file: its syntax and the file (relative to the working directory) it is in. */
interface Declared {
    file: string;
    loc: SourceLocation;
}
export interface VariableDecl extends Declared {
    name: string;
    defaultAttr?: Attribute;
    type?: TypeConstraint;
    typeLoc?: SourceLocation;
    nullable: boolean;
}
export interface LocalDecl extends Declared {
    name: string;
    attr: Attribute;
}
export interface OutputDecl extends Declared {
    name: string;
    valueAttr?: Attribute;
}
export interface ResourceDecl extends Declared {
    mode: 'managed' | 'data';
    type: string;
    name: string;
    block: Block;
    /** `type.name` or `data.type.name`, without module prefix or instance key. */
    localAddress: string;
    count?: Attribute;
    forEach?: Attribute;
    /** The `provider = aws.eu` meta-argument, as `aws.eu`. */
    providerRef?: string;
    /** Names the configuration sets: attributes, nested block types and dynamic block labels. */
    configured: Set<string>;
}
export interface ModuleCallDecl extends Declared {
    name: string;
    block: Block;
    source?: string;
    sourceLoc?: SourceLocation;
    count?: Attribute;
    forEach?: Attribute;
    /** `providers = { aws = aws.eu }` as child name → parent name. */
    providers?: Map<string, string>;
    /** Every other attribute: the module's input variables. */
    inputs: Attribute[];
}
export interface ProviderDecl extends Declared {
    /** `aws` or `aws.eu`. */
    key: string;
    block: Block;
}
export interface ModuleDef {
    /** Folder relative to the working directory, forward slashes ("." for the working directory itself). */
    dir: string;
    absDir: string;
    files: string[];
    variables: Map<string, VariableDecl>;
    locals: Map<string, LocalDecl>;
    outputs: Map<string, OutputDecl>;
    /** type → name → declaration. */
    resources: Map<string, Map<string, ResourceDecl>>;
    dataSources: Map<string, Map<string, ResourceDecl>>;
    /** Resources and data sources in declaration order (file order, then position). */
    declarationOrder: ResourceDecl[];
    moduleCalls: Map<string, ModuleCallDecl>;
    providers: ProviderDecl[];
    /**
     * Known to be partial (a file failed to parse, or one file was scanned by
     * itself): references to names it lacks are unknown values with a note, not errors.
     */
    incomplete: boolean;
}
export declare const RESOURCE_META_ATTRIBUTES: Set<string>;
export declare const RESOURCE_META_BLOCKS: Set<string>;
/** A literal string expression's text, or undefined when it is not one. */
export declare function literalString(expr: Expr): string | undefined;
/** A static reference such as `aws.eu` written as an expression, or undefined. */
export declare function traversalName(expr: Expr): string | undefined;
export declare function buildModuleDef(dir: string, absDir: string, files: HclFile[], incomplete: boolean, problems: Problems): ModuleDef;
export {};
