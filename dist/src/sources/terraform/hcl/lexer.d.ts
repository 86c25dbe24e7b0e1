/**
 * Tokenizer for HCL2 native syntax. Produces a flat token stream (kinds and
 * offsets in typed arrays) that the parser walks by index; comments go to a
 * side list. Template text is scanned in the same pass with a mode stack, the
 * way HashiCorp's scanner does it: `"`, `<<EOF`, `${` and `%{` push a mode,
 * their closers pop it. Everything is done on char codes in single loops, so
 * the cost is linear in the input.
 */
import { type Comment, type Pos } from './ast.js';
/** Token kinds. Plain numbers so they can live in a Uint8Array. */
export declare const Tok: {
    readonly EOF: 0;
    readonly NEWLINE: 1;
    readonly IDENT: 2;
    readonly NUMBER: 3;
    readonly LBRACE: 4;
    readonly RBRACE: 5;
    readonly LBRACK: 6;
    readonly RBRACK: 7;
    readonly LPAREN: 8;
    readonly RPAREN: 9;
    readonly COMMA: 10;
    readonly DOT: 11;
    readonly ELLIPSIS: 12;
    readonly COLON: 13;
    readonly DOUBLE_COLON: 14;
    readonly QUESTION: 15;
    readonly ASSIGN: 16;
    readonly FAT_ARROW: 17;
    readonly PLUS: 18;
    readonly MINUS: 19;
    readonly STAR: 20;
    readonly SLASH: 21;
    readonly PERCENT: 22;
    readonly BANG: 23;
    readonly EQ: 24;
    readonly NEQ: 25;
    readonly LT: 26;
    readonly LE: 27;
    readonly GT: 28;
    readonly GE: 29;
    readonly AND: 30;
    readonly OR: 31;
    /** `"` opening a quoted template. */
    readonly OQUOTE: 32;
    readonly CQUOTE: 33;
    /** `<<EOF` or `<<-EOF`; aux is 1 for the indented (`<<-`) form. */
    readonly OHEREDOC: 34;
    /** The line holding the closing heredoc marker (without its newline). */
    readonly CHEREDOC: 35;
    /** Template text with escapes resolved; aux indexes TokenList.literals. */
    readonly LITERAL: 36;
    /** `${`; aux is 1 when written `${~`. */
    readonly INTERP: 37;
    /** `%{`; aux is 1 when written `%{~`. */
    readonly CONTROL: 38;
    /** `}` closing `${` or `%{`; aux is 1 when written `~}`. */
    readonly SEQ_END: 39;
};
/** Deepest nesting of blocks, brackets, parentheses, templates and operator chains accepted. */
export declare const MAX_NESTING = 200;
/** NUMBER aux values. */
export declare const NUMBER_INTEGER = 0;
export declare const NUMBER_DECIMAL = 1;
export declare const NUMBER_MALFORMED = 2;
export interface TokenList {
    count: number;
    kinds: Uint8Array;
    starts: Int32Array;
    ends: Int32Array;
    /** Per-kind extra data, see Tok. */
    aux: Int32Array;
    literals: string[];
    comments: Comment[];
}
/** Maps offsets to 1-based line/column. Columns count UTF-16 units; a leading BOM is not counted. */
export declare class LineIndex {
    readonly lineStarts: Int32Array;
    readonly hasBom: boolean;
    private lastLine;
    constructor(source: string);
    /** 0-based line index of an offset; cheap for offsets near the previous query. */
    lineIndexOf(offset: number): number;
    pos(offset: number): Pos;
}
/** Go's unicode.IsSpace, which HCL uses for strip markers, heredoc indentation and marker lines. */
export declare function isGoSpace(c: number): boolean;
/** A character as it should appear in an error message. */
export declare function describeChar(source: string, offset: number): string;
/** Tokenizes a whole file. The returned arrays are reused by the next call: consume them before tokenizing again. */
export declare function tokenize(source: string, path: string, lines: LineIndex): TokenList;
