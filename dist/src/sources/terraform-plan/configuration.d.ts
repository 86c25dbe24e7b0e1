/**
 * The `configuration` section of a plan: which configuration block a resource
 * instance comes from, and what its expressions reference. A plan knows many
 * ids only after apply; the references say which resource they will come from
 * (`vpc_security_group_ids = [aws_security_group.db.id]`), so links survive.
 * References are followed through module inputs (`var.x` → the caller's
 * argument) and outputs (`module.m.out` → the output's expression), and
 * qualified with the module instance of the resource that makes them.
 */
import type { ResourceRef, Value } from '../../model/value.js';
/** Where a resource's configuration lives, and how to reach its callers. */
export interface ModuleScope {
    /** The configuration module (`root_module`, or a `module_calls.x.module`). */
    module: Value | undefined;
    /** The instance address prefix of resources in it (`""`, `"module.a[0]."`). */
    prefix: string;
    parent?: ModuleScope;
    /** The module call (`module_calls.x`) in the parent that created this scope. */
    call?: Value;
}
/** Splits `module.a[0].module.b["x"]` into its calls, keeping instance keys. */
export declare function moduleSegments(moduleAddress: string): Array<{
    name: string;
    key: string;
}>;
export declare function scopeOf(root: Value | undefined, moduleAddress: string): ModuleScope;
/** The configuration block of a resource (matched by mode, type and name). */
export declare function configResource(scope: ModuleScope, mode: string, type: string, name: string): Value | undefined;
/** Is this node an expression (`{constant_value}` / `{references}`) rather than a nested block of expressions? */
export declare function isExpression(v: Value | undefined): boolean;
export declare class ReferenceResolver {
    private readonly instanceKeyOf;
    /**
     * @param instanceKeyOf the first instance key the plan has for a module call
     * under a prefix (`module.m` → `[0]`), for outputs of counted modules.
     */
    constructor(instanceKeyOf: (modulePrefix: string) => string);
    /** Resource targets of an expression's references, in order, one per resource. */
    targets(expression: Value | undefined, scope: ModuleScope, depth?: number): ResourceRef[];
    private resolve;
}
