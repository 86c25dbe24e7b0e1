/**
 * Recursive-descent parser for HCL2 native syntax (hclsyntax), producing the
 * position-carrying tree of ast.ts. Grammar, precedence, newline rules and
 * template whitespace handling follow HashiCorp's hclsyntax package, so that a
 * file Terraform accepts parses the same way here. Unlike hclsyntax it stops at
 * the first error, with a message meant for the person who wrote the file.
 */
import { type HclFile } from './ast.js';
import { MAX_NESTING } from './lexer.js';
export { MAX_NESTING };
export declare function parseHcl(source: string, path: string): HclFile;
