/**
 * String templates: interpolations, `%{if}` and `%{for}` directives, and the
 * text of template files rendered by templatefile(). A template that is a
 * single interpolation (`"${var.x}"`) yields the value itself, unconverted, as
 * HCL specifies.
 */
import type { MapValue, Value } from '../../../model/value.js';
import type { TemplateExpr } from '../hcl/ast.js';
import { type EvalContext } from './scope.js';
export declare function evalTemplate(expr: TemplateExpr, ctx: EvalContext): Value;
/**
 * templatefile(): the template sees only the variables passed to it (and the
 * functions), not the module's variables or locals.
 */
export declare function renderTemplateFile(text: string, path: string, vars: MapValue, ctx: EvalContext): Value;
