import { type Value } from '../../../model/value.js';
import type { HclFile } from '../hcl/ast.js';
import type { ModuleDef } from './module-def.js';
import { type FileAccess, type Scope } from './scope.js';
import type { EvalSession } from './session.js';
export type VariableValues = Map<string, () => Value>;
/** The tfvars files Terraform loads by itself from a root module folder, in load order. */
export declare function automaticVarFiles(folderFiles: readonly string[]): string[];
/** A scope for expressions that may not refer to anything: tfvars values, --var values. */
export declare function constantScope(session: EvalSession, files: FileAccess): Scope;
/** Adds the attributes of a parsed .tfvars file; each value is evaluated on first use. */
export declare function addHclVarFile(into: VariableValues, file: HclFile, session: EvalSession, files: FileAccess): void;
/** Adds the members of a .tfvars.json file, each located at the line that names it. */
export declare function addJsonVarFile(into: VariableValues, path: string, text: string, session: EvalSession): void;
/**
 * A `--var name=value` option. Terraform takes the text literally for a
 * string variable; otherwise a value that looks like a list, map, number or
 * bool is read as an HCL expression, anything else as a string.
 */
export declare function addCliVar(into: VariableValues, name: string, text: string, root: ModuleDef, session: EvalSession, files: FileAccess): void;
