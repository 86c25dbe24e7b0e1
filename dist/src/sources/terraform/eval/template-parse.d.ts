/**
 * Parses the text of a template file (templatefile) or string
 * (templatestring). A template has the syntax of a heredoc's body, so it is
 * parsed as one, with a delimiter that does not occur in the text.
 */
import { type TemplateExpr } from '../hcl/ast.js';
export declare function parseTemplateText(text: string, path: string): TemplateExpr;
