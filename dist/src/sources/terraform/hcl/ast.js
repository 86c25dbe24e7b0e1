/**
 * Syntax tree of HCL2 native syntax, with a source range on every node.
 * Produced by parser.ts, consumed by the Terraform evaluator. Nothing here is
 * evaluated: expressions stay as trees so that unknowns and references can be
 * tracked precisely.
 */
export const SPLAT_ITEM = '__splat_item__';
/** A parse failure: where, and what was expected. */
export class HclSyntaxError extends Error {
    file;
    line;
    column;
    expected;
    constructor(file, line, column, expected) {
        super(`${file}:${line}:${column}: ${expected}`);
        this.file = file;
        this.line = line;
        this.column = column;
        this.expected = expected;
        this.name = 'HclSyntaxError';
    }
}
