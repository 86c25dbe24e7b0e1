/**
 * Tokenizer for HCL2 native syntax. Produces a flat token stream (kinds and
 * offsets in typed arrays) that the parser walks by index; comments go to a
 * side list. Template text is scanned in the same pass with a mode stack, the
 * way HashiCorp's scanner does it: `"`, `<<EOF`, `${` and `%{` push a mode,
 * their closers pop it. Everything is done on char codes in single loops, so
 * the cost is linear in the input.
 */
import { HclSyntaxError } from './ast.js';
/** Token kinds. Plain numbers so they can live in a Uint8Array. */
export const Tok = {
    EOF: 0,
    NEWLINE: 1,
    IDENT: 2,
    NUMBER: 3,
    LBRACE: 4,
    RBRACE: 5,
    LBRACK: 6,
    RBRACK: 7,
    LPAREN: 8,
    RPAREN: 9,
    COMMA: 10,
    DOT: 11,
    ELLIPSIS: 12,
    COLON: 13,
    DOUBLE_COLON: 14,
    QUESTION: 15,
    ASSIGN: 16,
    FAT_ARROW: 17,
    PLUS: 18,
    MINUS: 19,
    STAR: 20,
    SLASH: 21,
    PERCENT: 22,
    BANG: 23,
    EQ: 24,
    NEQ: 25,
    LT: 26,
    LE: 27,
    GT: 28,
    GE: 29,
    AND: 30,
    OR: 31,
    /** `"` opening a quoted template. */
    OQUOTE: 32,
    CQUOTE: 33,
    /** `<<EOF` or `<<-EOF`; aux is 1 for the indented (`<<-`) form. */
    OHEREDOC: 34,
    /** The line holding the closing heredoc marker (without its newline). */
    CHEREDOC: 35,
    /** Template text with escapes resolved; aux indexes TokenList.literals. */
    LITERAL: 36,
    /** `${`; aux is 1 when written `${~`. */
    INTERP: 37,
    /** `%{`; aux is 1 when written `%{~`. */
    CONTROL: 38,
    /** `}` closing `${` or `%{`; aux is 1 when written `~}`. */
    SEQ_END: 39,
};
/** Deepest nesting of blocks, brackets, parentheses, templates and operator chains accepted. */
export const MAX_NESTING = 200;
/** NUMBER aux values. */
export const NUMBER_INTEGER = 0;
export const NUMBER_DECIMAL = 1;
export const NUMBER_MALFORMED = 2;
/** Maps offsets to 1-based line/column. Columns count UTF-16 units; a leading BOM is not counted. */
export class LineIndex {
    lineStarts;
    hasBom;
    lastLine = 0;
    constructor(source) {
        this.hasBom = source.charCodeAt(0) === 0xfeff;
        const starts = [0];
        let nl = source.indexOf('\n');
        while (nl >= 0) {
            starts.push(nl + 1);
            nl = source.indexOf('\n', nl + 1);
        }
        this.lineStarts = Int32Array.from(starts);
    }
    /** 0-based line index of an offset; cheap for offsets near the previous query. */
    lineIndexOf(offset) {
        const starts = this.lineStarts;
        const last = starts.length - 1;
        let line = this.lastLine;
        if (offset >= starts[line] && (line === last || offset < starts[line + 1]))
            return line;
        if (line < last && offset >= starts[line + 1] && (line + 1 === last || offset < starts[line + 2])) {
            this.lastLine = line + 1;
            return line + 1;
        }
        let lo = 0;
        let hi = last;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        this.lastLine = lo;
        return lo;
    }
    pos(offset) {
        const line = this.lineIndexOf(offset);
        const column = offset - this.lineStarts[line] + (line === 0 && this.hasBom ? 0 : 1);
        return { line: line + 1, column, offset };
    }
}
const MODE_EXPR = 0;
const MODE_INTERP = 1;
const MODE_QUOTED = 2;
const MODE_HEREDOC = 3;
// ASCII character classes for identifiers.
const IDENT_START = 1;
const IDENT_PART = 2;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    const digit = c >= 48 && c <= 57;
    ASCII_CLASS[c] = (letter ? IDENT_START | IDENT_PART : 0) | (digit || c === 45 ? IDENT_PART : 0);
}
const UNICODE_ID_START = /^\p{ID_Start}$/u;
const UNICODE_ID_CONTINUE = /^\p{ID_Continue}$/u;
function isDigit(c) {
    return c >= 48 && c <= 57;
}
/** Go's unicode.IsSpace, which HCL uses for strip markers, heredoc indentation and marker lines. */
export function isGoSpace(c) {
    if (c <= 0xff)
        return c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0;
    return (c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000);
}
function hexValue(c) {
    if (c >= 48 && c <= 57)
        return c - 48;
    if (c >= 65 && c <= 70)
        return c - 55;
    if (c >= 97 && c <= 102)
        return c - 87;
    return -1;
}
/** A character as it should appear in an error message. */
export function describeChar(source, offset) {
    const cp = source.codePointAt(offset) ?? 0;
    if (cp < 32 || cp === 127 || (cp >= 0x80 && cp < 0xa0) || isGoSpace(cp)) {
        return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    }
    return `'${String.fromCodePoint(cp)}'`;
}
/** Token arrays shared by successive tokenize() calls; a TokenList is only valid until the next call. */
const scratch = {
    kinds: new Uint8Array(0),
    starts: new Int32Array(0),
    ends: new Int32Array(0),
    aux: new Int32Array(0),
};
class Lexer {
    src;
    path;
    lines;
    i = 0;
    n;
    count = 0;
    kinds;
    starts;
    ends;
    aux;
    literals = [];
    comments = [];
    // Mode stack, as parallel arrays: the mode, where it was opened, and per-mode state
    // (open `{` count inside an interpolation; marker and start-of-line flag of a heredoc).
    modes = [MODE_EXPR];
    modeOpen = [0];
    braceDepth = [0];
    heredocMarker = [''];
    heredocAtLineStart = [false];
    constructor(src, path, lines) {
        this.src = src;
        this.path = path;
        this.lines = lines;
        this.n = src.length;
        // Parsing is synchronous and the token list dies with the parse, so the arrays are reused between files.
        const capacity = (this.n >> 2) + 64;
        if (scratch.kinds.length < capacity) {
            scratch.kinds = new Uint8Array(capacity);
            scratch.starts = new Int32Array(capacity);
            scratch.ends = new Int32Array(capacity);
            scratch.aux = new Int32Array(capacity);
        }
        this.kinds = scratch.kinds;
        this.starts = scratch.starts;
        this.ends = scratch.ends;
        this.aux = scratch.aux;
    }
    run() {
        if (this.lines.hasBom)
            this.i = 1;
        for (;;) {
            const mode = this.modes[this.modes.length - 1];
            if (mode === MODE_QUOTED)
                this.scanQuoted();
            else if (mode === MODE_HEREDOC)
                this.scanHeredoc();
            else if (this.scanExpression())
                break;
        }
        this.emit(Tok.EOF, this.n, this.n, 0);
        return {
            count: this.count,
            kinds: this.kinds,
            starts: this.starts,
            ends: this.ends,
            aux: this.aux,
            literals: this.literals,
            comments: this.comments,
        };
    }
    fail(offset, message) {
        const p = this.lines.pos(offset);
        throw new HclSyntaxError(this.path, p.line, p.column, message);
    }
    lineOf(offset) {
        return this.lines.lineIndexOf(offset) + 1;
    }
    emit(kind, start, end, aux) {
        if (this.count === this.kinds.length)
            this.grow();
        const k = this.count++;
        this.kinds[k] = kind;
        this.starts[k] = start;
        this.ends[k] = end;
        this.aux[k] = aux;
    }
    grow() {
        const size = this.kinds.length * 2;
        const kinds = new Uint8Array(size);
        kinds.set(this.kinds);
        this.kinds = kinds;
        const starts = new Int32Array(size);
        starts.set(this.starts);
        this.starts = starts;
        const ends = new Int32Array(size);
        ends.set(this.ends);
        this.ends = ends;
        const aux = new Int32Array(size);
        aux.set(this.aux);
        this.aux = aux;
        scratch.kinds = kinds;
        scratch.starts = starts;
        scratch.ends = ends;
        scratch.aux = aux;
    }
    emitLiteral(start, end, value) {
        this.emit(Tok.LITERAL, start, end, this.literals.length);
        this.literals.push(value);
    }
    push(mode, openOffset, marker) {
        // Strings and template sequences count towards the same nesting limit as the parser's.
        if (this.modes.length > MAX_NESTING)
            this.fail(openOffset, `nesting deeper than ${MAX_NESTING} levels`);
        this.modes.push(mode);
        this.modeOpen.push(openOffset);
        this.braceDepth.push(0);
        this.heredocMarker.push(marker);
        this.heredocAtLineStart.push(true);
    }
    pop() {
        this.modes.pop();
        this.modeOpen.pop();
        this.braceDepth.pop();
        this.heredocMarker.pop();
        this.heredocAtLineStart.pop();
    }
    /** Opens `${` or `%{` at offset i (the `$` or `%`), with an optional `~`. */
    openSequence(i) {
        const strip = this.src.charCodeAt(i + 2) === 126 ? 1 : 0;
        this.emit(this.src.charCodeAt(i) === 36 ? Tok.INTERP : Tok.CONTROL, i, i + 2 + strip, strip);
        this.push(MODE_INTERP, i, '');
        this.i = i + 2 + strip;
    }
    /**
     * Scans expression tokens until the mode changes (returns false) or the input
     * ends at top level (returns true).
     */
    scanExpression() {
        const src = this.src;
        const n = this.n;
        const top = this.modes.length - 1;
        const inInterp = this.modes[top] === MODE_INTERP;
        let i = this.i;
        for (;;) {
            if (i >= n) {
                if (inInterp) {
                    const open = this.modeOpen[top];
                    this.fail(open, `unterminated template sequence: expected '}' to close '${src.slice(open, open + 2)}' opened at line ${this.lineOf(open)}`);
                }
                this.i = i;
                return true;
            }
            const c = src.charCodeAt(i);
            switch (c) {
                case 32:
                case 9:
                    i++;
                    continue;
                case 10:
                    this.emit(Tok.NEWLINE, i, i + 1, 0);
                    i++;
                    continue;
                case 13:
                    if (src.charCodeAt(i + 1) === 10) {
                        this.emit(Tok.NEWLINE, i, i + 2, 0);
                        i += 2;
                        continue;
                    }
                    return this.fail(i, 'unexpected carriage return (CR) not followed by a line feed');
                case 35: // #
                    i = this.lineComment(i, i + 1);
                    continue;
                case 47: {
                    // /
                    const d = src.charCodeAt(i + 1);
                    if (d === 47)
                        i = this.lineComment(i, i + 2);
                    else if (d === 42)
                        i = this.blockComment(i);
                    else {
                        this.emit(Tok.SLASH, i, i + 1, 0);
                        i++;
                    }
                    continue;
                }
                case 34: // "
                    this.emit(Tok.OQUOTE, i, i + 1, 0);
                    this.push(MODE_QUOTED, i, '');
                    this.i = i + 1;
                    return false;
                case 123: // {
                    this.emit(Tok.LBRACE, i, i + 1, 0);
                    if (inInterp)
                        this.braceDepth[top]++;
                    i++;
                    continue;
                case 125: // }
                    if (inInterp) {
                        if (this.braceDepth[top] === 0) {
                            this.emit(Tok.SEQ_END, i, i + 1, 0);
                            this.pop();
                            this.i = i + 1;
                            return false;
                        }
                        this.braceDepth[top]--;
                    }
                    this.emit(Tok.RBRACE, i, i + 1, 0);
                    i++;
                    continue;
                case 126: // ~
                    if (inInterp && this.braceDepth[top] === 0 && src.charCodeAt(i + 1) === 125) {
                        this.emit(Tok.SEQ_END, i, i + 2, 1);
                        this.pop();
                        this.i = i + 2;
                        return false;
                    }
                    return this.fail(i, "unexpected character '~' (a strip marker must touch the braces, as in '${~' or '~}')");
                case 91:
                    this.emit(Tok.LBRACK, i, i + 1, 0);
                    i++;
                    continue;
                case 93:
                    this.emit(Tok.RBRACK, i, i + 1, 0);
                    i++;
                    continue;
                case 40:
                    this.emit(Tok.LPAREN, i, i + 1, 0);
                    i++;
                    continue;
                case 41:
                    this.emit(Tok.RPAREN, i, i + 1, 0);
                    i++;
                    continue;
                case 44:
                    this.emit(Tok.COMMA, i, i + 1, 0);
                    i++;
                    continue;
                case 46: // .
                    if (src.charCodeAt(i + 1) === 46 && src.charCodeAt(i + 2) === 46) {
                        this.emit(Tok.ELLIPSIS, i, i + 3, 0);
                        i += 3;
                    }
                    else {
                        this.emit(Tok.DOT, i, i + 1, 0);
                        i++;
                    }
                    continue;
                case 58: // :
                    if (src.charCodeAt(i + 1) === 58) {
                        this.emit(Tok.DOUBLE_COLON, i, i + 2, 0);
                        i += 2;
                    }
                    else {
                        this.emit(Tok.COLON, i, i + 1, 0);
                        i++;
                    }
                    continue;
                case 63:
                    this.emit(Tok.QUESTION, i, i + 1, 0);
                    i++;
                    continue;
                case 61: {
                    // =
                    const d = src.charCodeAt(i + 1);
                    if (d === 61) {
                        this.emit(Tok.EQ, i, i + 2, 0);
                        i += 2;
                    }
                    else if (d === 62) {
                        this.emit(Tok.FAT_ARROW, i, i + 2, 0);
                        i += 2;
                    }
                    else {
                        this.emit(Tok.ASSIGN, i, i + 1, 0);
                        i++;
                    }
                    continue;
                }
                case 33: // !
                    if (src.charCodeAt(i + 1) === 61) {
                        this.emit(Tok.NEQ, i, i + 2, 0);
                        i += 2;
                    }
                    else {
                        this.emit(Tok.BANG, i, i + 1, 0);
                        i++;
                    }
                    continue;
                case 60: // <
                    if (src.charCodeAt(i + 1) === 60) {
                        this.openHeredoc(i);
                        return false;
                    }
                    if (src.charCodeAt(i + 1) === 61) {
                        this.emit(Tok.LE, i, i + 2, 0);
                        i += 2;
                    }
                    else {
                        this.emit(Tok.LT, i, i + 1, 0);
                        i++;
                    }
                    continue;
                case 62: // >
                    if (src.charCodeAt(i + 1) === 61) {
                        this.emit(Tok.GE, i, i + 2, 0);
                        i += 2;
                    }
                    else {
                        this.emit(Tok.GT, i, i + 1, 0);
                        i++;
                    }
                    continue;
                case 38: // &
                    if (src.charCodeAt(i + 1) !== 38)
                        return this.fail(i, "unexpected character '&' (the logical AND operator is '&&')");
                    this.emit(Tok.AND, i, i + 2, 0);
                    i += 2;
                    continue;
                case 124: // |
                    if (src.charCodeAt(i + 1) !== 124)
                        return this.fail(i, "unexpected character '|' (the logical OR operator is '||')");
                    this.emit(Tok.OR, i, i + 2, 0);
                    i += 2;
                    continue;
                case 43:
                    this.emit(Tok.PLUS, i, i + 1, 0);
                    i++;
                    continue;
                case 45:
                    this.emit(Tok.MINUS, i, i + 1, 0);
                    i++;
                    continue;
                case 42:
                    this.emit(Tok.STAR, i, i + 1, 0);
                    i++;
                    continue;
                case 37:
                    this.emit(Tok.PERCENT, i, i + 1, 0);
                    i++;
                    continue;
                default:
                    if (c >= 48 && c <= 57) {
                        i = this.number(i);
                        continue;
                    }
                    if (c < 128 ? (ASCII_CLASS[c] & IDENT_START) !== 0 : this.isUnicodeIdent(i, UNICODE_ID_START)) {
                        i = this.identifier(i);
                        continue;
                    }
                    return this.fail(i, `unexpected character ${describeChar(src, i)}`);
            }
        }
    }
    isUnicodeIdent(i, pattern) {
        const cp = this.src.codePointAt(i) ?? 0;
        return pattern.test(String.fromCodePoint(cp));
    }
    identifier(start) {
        const src = this.src;
        const n = this.n;
        let i = start + (src.codePointAt(start) > 0xffff ? 2 : 1);
        while (i < n) {
            const c = src.charCodeAt(i);
            if (c < 128) {
                if ((ASCII_CLASS[c] & IDENT_PART) === 0)
                    break;
                i++;
            }
            else if (this.isUnicodeIdent(i, UNICODE_ID_CONTINUE)) {
                i += src.codePointAt(i) > 0xffff ? 2 : 1;
            }
            else
                break;
        }
        this.emit(Tok.IDENT, start, i, 0);
        return i;
    }
    /**
     * Scans digits with '.digits' and exponent parts greedily, like HCL's scanner
     * (so `1.2.3` is one malformed token), and records whether the token is a plain
     * integer, a well-formed decimal, or malformed.
     */
    number(start) {
        const src = this.src;
        let i = start + 1;
        let dots = 0;
        let exponents = 0;
        let dotAfterExponent = false;
        for (;;) {
            const c = src.charCodeAt(i);
            if (c >= 48 && c <= 57) {
                i++;
            }
            else if (c === 46 && isDigit(src.charCodeAt(i + 1))) {
                if (exponents > 0)
                    dotAfterExponent = true;
                dots++;
                i += 2;
            }
            else if (c === 101 || c === 69) {
                const d = src.charCodeAt(i + 1);
                if (isDigit(d))
                    i += 2;
                else if ((d === 43 || d === 45) && isDigit(src.charCodeAt(i + 2)))
                    i += 3;
                else
                    break;
                exponents++;
            }
            else
                break;
        }
        let aux = NUMBER_INTEGER;
        if (dots > 1 || exponents > 1 || dotAfterExponent)
            aux = NUMBER_MALFORMED;
        else if (dots + exponents > 0)
            aux = NUMBER_DECIMAL;
        this.emit(Tok.NUMBER, start, i, aux);
        return i;
    }
    /** A `#` or `//` comment; the newline after it stays a token. */
    lineComment(start, textStart) {
        const src = this.src;
        let end = src.indexOf('\n', textStart);
        if (end < 0)
            end = this.n;
        const next = end;
        if (end > textStart && src.charCodeAt(end - 1) === 13)
            end--;
        this.comments.push({ text: src.slice(textStart, end), range: { start: this.lines.pos(start), end: this.lines.pos(end) } });
        return next;
    }
    blockComment(start) {
        const close = this.src.indexOf('*/', start + 2);
        if (close < 0)
            this.fail(start, "unterminated comment: '/*' has no matching '*/'");
        this.comments.push({
            text: this.src.slice(start + 2, close),
            range: { start: this.lines.pos(start), end: this.lines.pos(close + 2) },
        });
        return close + 2;
    }
    /** `<<MARKER` or `<<-MARKER`, which must be followed directly by a newline. */
    openHeredoc(start) {
        const src = this.src;
        let i = start + 2;
        const indented = src.charCodeAt(i) === 45;
        if (indented)
            i++;
        const markerStart = i;
        const c = src.charCodeAt(i);
        if (!(c < 128 ? (ASCII_CLASS[c] & IDENT_START) !== 0 : i < this.n && this.isUnicodeIdent(i, UNICODE_ID_START))) {
            this.fail(start, "expected a heredoc marker name right after '<<' (as in <<EOT)");
        }
        while (i < this.n) {
            const d = src.charCodeAt(i);
            if (d < 128 ? (ASCII_CLASS[d] & IDENT_PART) === 0 : !this.isUnicodeIdent(i, UNICODE_ID_CONTINUE))
                break;
            i += src.codePointAt(i) > 0xffff ? 2 : 1;
        }
        const marker = src.slice(markerStart, i);
        let bodyStart;
        if (src.charCodeAt(i) === 10)
            bodyStart = i + 1;
        else if (src.charCodeAt(i) === 13 && src.charCodeAt(i + 1) === 10)
            bodyStart = i + 2;
        else
            return this.fail(i, `expected a newline right after the heredoc marker '${marker}'`);
        this.emit(Tok.OHEREDOC, start, i, indented ? 1 : 0);
        this.push(MODE_HEREDOC, start, marker);
        this.i = bodyStart;
    }
    /** Text of a quoted template up to its closing quote or the next `${`/`%{`. */
    scanQuoted() {
        const src = this.src;
        const n = this.n;
        const start = this.i;
        let i = start;
        let chunk = start;
        let decoded = '';
        for (;;) {
            if (i >= n)
                return this.unterminatedString();
            const c = src.charCodeAt(i);
            if (c === 34) {
                if (i > start)
                    this.emitLiteral(start, i, decoded + src.slice(chunk, i));
                this.emit(Tok.CQUOTE, i, i + 1, 0);
                this.pop();
                this.i = i + 1;
                return;
            }
            if (c === 92) {
                decoded += src.slice(chunk, i);
                i = this.escape(i);
                decoded += this.escapeValue;
                chunk = i;
                continue;
            }
            if (c === 36 || c === 37) {
                const d = src.charCodeAt(i + 1);
                if (d === 123) {
                    if (i > start)
                        this.emitLiteral(start, i, decoded + src.slice(chunk, i));
                    this.openSequence(i);
                    return;
                }
                if (d === c && src.charCodeAt(i + 2) === 123) {
                    // `$${` and `%%{` stand for a literal `${` and `%{`.
                    decoded += src.slice(chunk, i + 1) + '{';
                    i += 3;
                    chunk = i;
                    continue;
                }
            }
            else if (c === 10 || c === 13) {
                return this.unterminatedString();
            }
            i++;
        }
    }
    unterminatedString() {
        const open = this.modeOpen[this.modes.length - 1];
        return this.fail(open, `unterminated string: the string opened at line ${this.lineOf(open)} has no closing '"' on the same line`);
    }
    escapeValue = '';
    /** Resolves the escape sequence at offset i (a backslash) into escapeValue; returns the offset after it. */
    escape(i) {
        const src = this.src;
        const e = src.charCodeAt(i + 1);
        switch (e) {
            case 110:
                this.escapeValue = '\n';
                return i + 2;
            case 114:
                this.escapeValue = '\r';
                return i + 2;
            case 116:
                this.escapeValue = '\t';
                return i + 2;
            case 34:
                this.escapeValue = '"';
                return i + 2;
            case 92:
                this.escapeValue = '\\';
                return i + 2;
            case 117: // u
            case 85: {
                // U
                const digits = e === 117 ? 4 : 8;
                let cp = 0;
                for (let k = 0; k < digits; k++) {
                    const h = hexValue(src.charCodeAt(i + 2 + k));
                    if (h < 0)
                        this.fail(i, `invalid escape sequence: '\\${String.fromCharCode(e)}' must be followed by ${digits} hexadecimal digits`);
                    cp = cp * 16 + h;
                }
                if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
                    this.fail(i, `invalid escape sequence: U+${cp.toString(16).toUpperCase()} is not a valid Unicode character`);
                }
                this.escapeValue = String.fromCodePoint(cp);
                return i + 2 + digits;
            }
            default:
                if (i + 1 >= this.n || e === 10 || e === 13)
                    return this.unterminatedString();
                return this.fail(i, `invalid escape sequence '\\${String.fromCodePoint(src.codePointAt(i + 1))}' in string (valid escapes are \\n \\r \\t \\" \\\\ \\uNNNN \\UNNNNNNNN)`);
        }
    }
    /**
     * Heredoc text, one LITERAL token per line (as HCL does: strip markers and the
     * indented form work line by line), until the marker line or a `${`/`%{`.
     */
    scanHeredoc() {
        const src = this.src;
        const n = this.n;
        const top = this.modes.length - 1;
        const marker = this.heredocMarker[top];
        let i = this.i;
        for (;;) {
            if (this.heredocAtLineStart[top] && this.closesHeredoc(i, marker))
                return;
            const start = i;
            let chunk = i;
            let decoded = '';
            for (;;) {
                if (i >= n) {
                    const open = this.modeOpen[top];
                    return this.fail(open, `unterminated heredoc: expected a line containing only '${marker}' (followed by a newline) to close the heredoc opened at line ${this.lineOf(open)}`);
                }
                const c = src.charCodeAt(i);
                if (c === 10) {
                    i++;
                    this.emitLiteral(start, i, decoded + src.slice(chunk, i));
                    this.heredocAtLineStart[top] = true;
                    break;
                }
                if (c === 36 || c === 37) {
                    const d = src.charCodeAt(i + 1);
                    if (d === 123) {
                        if (i > start)
                            this.emitLiteral(start, i, decoded + src.slice(chunk, i));
                        this.heredocAtLineStart[top] = false;
                        this.openSequence(i);
                        return;
                    }
                    if (d === c && src.charCodeAt(i + 2) === 123) {
                        decoded += src.slice(chunk, i + 1) + '{';
                        i += 3;
                        chunk = i;
                        continue;
                    }
                }
                i++;
            }
        }
    }
    /** If the line at i is the closing marker (whitespace around it allowed), emits it and pops the heredoc. */
    closesHeredoc(i, marker) {
        const src = this.src;
        let a = i;
        while (a < this.n && src.charCodeAt(a) !== 10 && isGoSpace(src.charCodeAt(a)))
            a++;
        if (!src.startsWith(marker, a))
            return false;
        const newline = src.indexOf('\n', a);
        if (newline < 0)
            return false; // HCL requires a newline after the marker
        let b = newline;
        while (b > a && isGoSpace(src.charCodeAt(b - 1)))
            b--;
        if (b - a !== marker.length)
            return false;
        const tokenEnd = src.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
        this.emit(Tok.CHEREDOC, i, tokenEnd, 0);
        this.emit(Tok.NEWLINE, tokenEnd, newline + 1, 0);
        this.pop();
        this.i = newline + 1;
        return true;
    }
}
/** Tokenizes a whole file. The returned arrays are reused by the next call: consume them before tokenizing again. */
export function tokenize(source, path, lines) {
    return new Lexer(source, path, lines).run();
}
