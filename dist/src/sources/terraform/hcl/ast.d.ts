/**
 * Syntax tree of HCL2 native syntax, with a source range on every node.
 * Produced by parser.ts, consumed by the Terraform evaluator. Nothing here is
 * evaluated: expressions stay as trees so that unknowns and references can be
 * tracked precisely.
 */
/** A point in a source file; line and column are 1-based, offset is 0-based (UTF-16 units). */
export interface Pos {
    line: number;
    column: number;
    offset: number;
}
export interface Range {
    start: Pos;
    end: Pos;
}
export interface HclFile {
    path: string;
    body: Body;
    /** Every comment, in source order; used for inline suppressions. */
    comments: Comment[];
}
export interface Comment {
    /** The comment text without its markers (`#`, `//`, `/*`, `*\/`). */
    text: string;
    range: Range;
}
export interface Body {
    /** Attributes and blocks in source order. */
    items: Array<Attribute | Block>;
    range: Range;
}
export interface Attribute {
    kind: 'attribute';
    name: string;
    nameRange: Range;
    expr: Expr;
    /** From the first character of the name to the end of the expression. */
    range: Range;
}
export interface Block {
    kind: 'block';
    type: string;
    labels: string[];
    labelRanges: Range[];
    body: Body;
    /** From the block type to the closing brace. */
    range: Range;
}
export type Expr = LiteralExpr | TemplateExpr | TupleExpr | ObjectExpr | VariableExpr | GetAttrExpr | IndexExpr | SplatExpr | CallExpr | UnaryExpr | BinaryExpr | ConditionalExpr | ForExpr | ParensExpr;
interface ExprBase {
    range: Range;
}
/** Numbers, booleans and null; also a quoted string with no interpolation is a TemplateExpr with one literal part. */
export interface LiteralExpr extends ExprBase {
    kind: 'literal';
    value: number | boolean | null;
}
/** A quoted string or a heredoc. */
export interface TemplateExpr extends ExprBase {
    kind: 'template';
    parts: TemplatePart[];
    heredoc: boolean;
}
export type TemplatePart = {
    kind: 'text';
    value: string;
    range: Range;
} | {
    kind: 'interp';
    expr: Expr;
    range: Range;
} | {
    kind: 'if';
    cond: Expr;
    then: TemplatePart[];
    else?: TemplatePart[];
    range: Range;
} | {
    kind: 'for';
    keyVar?: string;
    valueVar: string;
    collection: Expr;
    body: TemplatePart[];
    range: Range;
};
export interface TupleExpr extends ExprBase {
    kind: 'tuple';
    items: Expr[];
}
export interface ObjectItem {
    /** The key expression; a bare identifier key (`foo = 1`) is a VariableExpr named `foo` with keyIsIdentifier set. */
    key: Expr;
    /** True when the key was a bare identifier, which means the literal string, not a variable. */
    keyIsIdentifier: boolean;
    value: Expr;
    range: Range;
}
export interface ObjectExpr extends ExprBase {
    kind: 'object';
    items: ObjectItem[];
}
/** A root name: `var`, `local`, `aws_s3_bucket`, `each`, `count`, a for-expression variable, ... */
export interface VariableExpr extends ExprBase {
    kind: 'variable';
    name: string;
}
export interface GetAttrExpr extends ExprBase {
    kind: 'getattr';
    object: Expr;
    name: string;
}
/** `a[key]`, and the legacy `a.0` form (key is a number literal). */
export interface IndexExpr extends ExprBase {
    kind: 'index';
    object: Expr;
    key: Expr;
}
/**
 * `a[*].b.c` (full splat) or `a.*.b` (attribute splat). `each` is applied to every
 * element; inside it the element is the VariableExpr named SPLAT_ITEM.
 */
export interface SplatExpr extends ExprBase {
    kind: 'splat';
    object: Expr;
    each: Expr;
    full: boolean;
}
export declare const SPLAT_ITEM = "__splat_item__";
export interface CallExpr extends ExprBase {
    kind: 'call';
    name: string;
    args: Expr[];
    /** The final argument was written with `...`. */
    expandFinal: boolean;
}
export interface UnaryExpr extends ExprBase {
    kind: 'unary';
    op: '!' | '-';
    operand: Expr;
}
export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';
export interface BinaryExpr extends ExprBase {
    kind: 'binary';
    op: BinaryOp;
    left: Expr;
    right: Expr;
}
export interface ConditionalExpr extends ExprBase {
    kind: 'conditional';
    cond: Expr;
    then: Expr;
    else: Expr;
}
export interface ForExpr extends ExprBase {
    kind: 'for';
    keyVar?: string;
    valueVar: string;
    collection: Expr;
    /** Present for `{ for ... : k => v }`. */
    keyExpr?: Expr;
    valueExpr: Expr;
    cond?: Expr;
    /** `...` after the value expression of an object for. */
    grouping: boolean;
}
export interface ParensExpr extends ExprBase {
    kind: 'parens';
    expr: Expr;
}
/** A parse failure: where, and what was expected. */
export declare class HclSyntaxError extends Error {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly expected: string;
    constructor(file: string, line: number, column: number, expected: string);
}
export {};
