/**
 * Parses the text of a template file (templatefile) or string
 * (templatestring). A template has the syntax of a heredoc's body, so it is
 * parsed as one, with a delimiter that does not occur in the text.
 */
import { HclSyntaxError } from '../hcl/ast.js';
import { parseHcl } from '../hcl/parser.js';
import { EvalError, messageOf } from './errors.js';
export function parseTemplateText(text, path) {
    let delimiter = 'LEAKPROOF_TEMPLATE_END';
    while (text.includes(delimiter))
        delimiter += '_';
    const body = text.endsWith('\n') ? text : text + '\n';
    let file;
    try {
        file = parseHcl(`t = <<${delimiter}\n${body}${delimiter}\n`, path);
    }
    catch (e) {
        if (e instanceof HclSyntaxError)
            throw new EvalError(`template ${path}:${e.line - 1}:${e.column}: ${e.expected}`);
        throw new EvalError(`template ${path}: ${messageOf(e)}`);
    }
    const item = file.body.items[0];
    if (!item || item.kind !== 'attribute' || item.expr.kind !== 'template')
        throw new EvalError(`template ${path} could not be read`);
    const template = item.expr;
    if (!text.endsWith('\n')) {
        // The newline added above to close the heredoc is not part of the template.
        const last = template.parts[template.parts.length - 1];
        if (last?.kind === 'text' && last.value.endsWith('\n')) {
            template.parts[template.parts.length - 1] = { ...last, value: last.value.slice(0, -1) };
        }
    }
    return template;
}
