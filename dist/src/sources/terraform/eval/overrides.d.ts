/**
 * Override files (`override.tf`, `*_override.tf`): Terraform merges each of
 * their blocks into the block of the same name in the module's other files,
 * after loading them. An attribute in the override replaces the original's;
 * nested blocks of a type in the override replace all the original's blocks
 * of that type (a `lifecycle` block is merged attribute by attribute);
 * `locals` replace by name. A value that came from an override file keeps
 * that file as its location.
 */
import type { HclFile } from '../hcl/ast.js';
import type { Problems } from './errors.js';
export declare function isOverrideFile(path: string): boolean;
/** The module's files with every override merged in; override files themselves are left out. */
export declare function applyOverrides(files: HclFile[], problems: Problems): HclFile[];
