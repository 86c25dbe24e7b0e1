/**
 * Evaluates a block body (a resource, or a nested block of one) to a map:
 * attributes by name, and nested blocks as a list of maps per block type, one
 * map per block (even a single one), each located at its block. `dynamic`
 * blocks expand into the blocks they generate, in source order with the
 * static ones; nested dynamic blocks and `iterator` names are supported.
 */
import type { SourceLocation } from '../../../model/location.js';
import { type MapValue, type ResourceRef, type Value } from '../../../model/value.js';
import type { Attribute, Body } from '../hcl/ast.js';
import { type EvalContext } from './scope.js';
export interface BodyEvaluation {
    file: string;
    /** Evaluates one attribute, turning any error into an unknown plus one InputError. */
    attribute(attr: Attribute, ctx: EvalContext): Value;
    /** Records an error that is not tied to one attribute's expression. */
    error(message: string, loc: SourceLocation): void;
}
/**
 * Evaluates a body. At the top of a resource (`resourceLevel`), meta-arguments
 * (count, for_each, provider, depends_on) and meta-blocks (lifecycle,
 * provisioner, connection) are left out: they are not the resource's settings.
 */
export declare function evalBody(body: Body, ctx: EvalContext, ev: BodyEvaluation, resourceLevel: boolean, blockLoc: SourceLocation, computed?: ResourceRef): MapValue;
