/**
 * Recursive-descent parser for HCL2 native syntax (hclsyntax), producing the
 * position-carrying tree of ast.ts. Grammar, precedence, newline rules and
 * template whitespace handling follow HashiCorp's hclsyntax package, so that a
 * file Terraform accepts parses the same way here. Unlike hclsyntax it stops at
 * the first error, with a message meant for the person who wrote the file.
 */
import { HclSyntaxError, SPLAT_ITEM, } from './ast.js';
import { isGoSpace, LineIndex, MAX_NESTING, NUMBER_INTEGER, NUMBER_MALFORMED, Tok, tokenize } from './lexer.js';
export { MAX_NESTING };
/** How much of the start of a file is checked for NUL bytes to recognise binary files. */
const BINARY_SNIFF_LENGTH = 8192;
export function parseHcl(source, path) {
    const lines = new LineIndex(source);
    const nul = source.slice(0, BINARY_SNIFF_LENGTH).indexOf('\u0000');
    if (nul >= 0) {
        const p = lines.pos(nul);
        throw new HclSyntaxError(path, p.line, p.column, 'this is a binary file (it contains a NUL byte), not HCL text');
    }
    const tokens = tokenize(source, path, lines);
    return new Parser(source, path, tokens, lines).parseFile();
}
// Binary operator precedence, as in hclsyntax: higher binds tighter; 0 means not a binary operator.
const PRECEDENCE = new Uint8Array(64);
const OPERATOR = new Array(64);
function defineOperator(kind, precedence, op) {
    PRECEDENCE[kind] = precedence;
    OPERATOR[kind] = op;
}
defineOperator(Tok.OR, 1, '||');
defineOperator(Tok.AND, 2, '&&');
defineOperator(Tok.EQ, 3, '==');
defineOperator(Tok.NEQ, 3, '!=');
defineOperator(Tok.LT, 4, '<');
defineOperator(Tok.LE, 4, '<=');
defineOperator(Tok.GT, 4, '>');
defineOperator(Tok.GE, 4, '>=');
defineOperator(Tok.PLUS, 5, '+');
defineOperator(Tok.MINUS, 5, '-');
defineOperator(Tok.STAR, 6, '*');
defineOperator(Tok.SLASH, 6, '/');
defineOperator(Tok.PERCENT, 6, '%');
const TOKEN_TEXT = {
    [Tok.LBRACE]: '{',
    [Tok.RBRACE]: '}',
    [Tok.LBRACK]: '[',
    [Tok.RBRACK]: ']',
    [Tok.LPAREN]: '(',
    [Tok.RPAREN]: ')',
    [Tok.COMMA]: ',',
    [Tok.DOT]: '.',
    [Tok.ELLIPSIS]: '...',
    [Tok.COLON]: ':',
    [Tok.DOUBLE_COLON]: '::',
    [Tok.QUESTION]: '?',
    [Tok.ASSIGN]: '=',
    [Tok.FAT_ARROW]: '=>',
    [Tok.CQUOTE]: '"',
    [Tok.SEQ_END]: '}',
};
// Template pieces before directives are matched up, mirroring hclsyntax's two-pass template parsing:
// strip markers and heredoc indentation work on this flat sequence.
const PIECE_TEXT = 0;
const PIECE_INTERP = 1;
const PIECE_IF = 2;
const PIECE_ELSE = 3;
const PIECE_ENDIF = 4;
const PIECE_FOR = 5;
const PIECE_ENDFOR = 6;
function trimGoSpaceStart(s) {
    let i = 0;
    while (i < s.length && isGoSpace(s.charCodeAt(i)))
        i++;
    return i === 0 ? s : s.slice(i);
}
function trimGoSpaceEnd(s) {
    let i = s.length;
    while (i > 0 && isGoSpace(s.charCodeAt(i - 1)))
        i--;
    return i === s.length ? s : s.slice(0, i);
}
class Parser {
    src;
    path;
    tokens;
    lines;
    pos = 0;
    /** Whether newlines are insignificant here (inside parentheses, brackets, interpolations, for-expressions). */
    skipNewlines = false;
    depth = 0;
    kinds;
    starts;
    ends;
    aux;
    constructor(src, path, tokens, lines) {
        this.src = src;
        this.path = path;
        this.tokens = tokens;
        this.lines = lines;
        this.kinds = tokens.kinds;
        this.starts = tokens.starts;
        this.ends = tokens.ends;
        this.aux = tokens.aux;
    }
    parseFile() {
        const items = this.parseBodyItems(Tok.EOF, -1);
        const bodyStart = this.lines.hasBom ? 1 : 0;
        const range = { start: this.lines.pos(bodyStart), end: this.lines.pos(this.src.length) };
        return { path: this.path, body: { items, range }, comments: this.tokens.comments };
    }
    // ---- token access -------------------------------------------------------
    /** Kind of the next significant token; skips (consumes) newlines where they don't matter. */
    peek() {
        let kind = this.kinds[this.pos];
        if (this.skipNewlines) {
            while (kind === Tok.NEWLINE)
                kind = this.kinds[++this.pos];
        }
        return kind;
    }
    /** Consumes the next significant token and returns its index. */
    next() {
        this.peek();
        return this.pos++;
    }
    /** Kind of the first token after `token` that is not a newline. */
    kindAfter(token) {
        let next = token + 1;
        while (this.kinds[next] === Tok.NEWLINE)
            next++;
        return this.kinds[next];
    }
    text(token) {
        return this.src.slice(this.starts[token], this.ends[token]);
    }
    isKeyword(token, word) {
        return this.kinds[token] === Tok.IDENT && this.ends[token] - this.starts[token] === word.length && this.src.startsWith(word, this.starts[token]);
    }
    startOf(token) {
        return this.lines.pos(this.starts[token]);
    }
    endOf(token) {
        return this.lines.pos(this.ends[token]);
    }
    lineOf(token) {
        return this.lines.lineIndexOf(this.starts[token]) + 1;
    }
    fail(token, message) {
        const p = this.startOf(token);
        throw new HclSyntaxError(this.path, p.line, p.column, message);
    }
    /** The next significant token as words for an error message. */
    found() {
        const token = this.pos;
        switch (this.kinds[token]) {
            case Tok.EOF:
                return 'the end of the file';
            case Tok.NEWLINE:
                return 'a newline';
            case Tok.IDENT:
                return `'${this.text(token)}'`;
            case Tok.NUMBER:
                return `the number ${this.text(token)}`;
            case Tok.OQUOTE:
                return 'a string';
            case Tok.OHEREDOC:
                return 'a heredoc';
            case Tok.LITERAL:
            case Tok.CHEREDOC:
                return 'text';
            default:
                return `'${TOKEN_TEXT[this.kinds[token]] ?? this.text(token)}'`;
        }
    }
    /** At the end of the file inside brackets, says which bracket is unclosed rather than "expected an expression". */
    failIfEnd(open, closer, what) {
        if (this.peek() === Tok.EOF)
            this.fail(this.pos, `expected '${closer}' to close ${what} opened at line ${this.lineOf(open)}`);
    }
    enter(token) {
        if (++this.depth > MAX_NESTING)
            this.fail(token, `nesting deeper than ${MAX_NESTING} levels`);
    }
    leave() {
        this.depth--;
    }
    // ---- bodies -------------------------------------------------------------
    /** Attributes and blocks up to `end` (RBRACE or EOF); leaves the closing token unconsumed. */
    parseBodyItems(end, openBrace) {
        const items = [];
        let seen;
        for (;;) {
            const kind = this.kinds[this.pos];
            if (kind === Tok.NEWLINE) {
                this.pos++;
                continue;
            }
            if (kind === end)
                return items;
            if (kind === Tok.IDENT) {
                const item = this.parseBodyItem();
                if (item.kind === 'attribute') {
                    seen ??= new Map();
                    const previous = seen.get(item.name);
                    if (previous) {
                        throw new HclSyntaxError(this.path, item.nameRange.start.line, item.nameRange.start.column, `attribute '${item.name}' is already set at line ${previous.nameRange.start.line}; each attribute may be set only once`);
                    }
                    seen.set(item.name, item);
                }
                items.push(item);
                continue;
            }
            if (kind === Tok.EOF) {
                this.fail(this.pos, `expected '}' to close the block opened at line ${this.lineOf(openBrace)}`);
            }
            if (kind === Tok.RBRACE)
                this.fail(this.pos, "unexpected '}': there is no open block to close");
            if (kind === Tok.OQUOTE)
                this.fail(this.pos, 'expected an attribute name or a block type, found a string (attribute names are not quoted)');
            this.fail(this.pos, `expected an attribute name or a block type, found ${this.found()}`);
        }
    }
    parseBodyItem() {
        const name = this.pos++;
        const kind = this.kinds[this.pos];
        if (kind === Tok.ASSIGN)
            return this.parseAttribute(name, false);
        if (kind === Tok.LBRACE || kind === Tok.OQUOTE || kind === Tok.IDENT)
            return this.parseBlock(name);
        return this.fail(this.pos, `expected '=' or a block after '${this.text(name)}', found ${this.found()}`);
    }
    parseAttribute(name, singleLine) {
        this.pos++; // =
        const expr = this.parseExpression();
        const nameText = this.text(name);
        if (!singleLine) {
            const kind = this.kinds[this.pos];
            if (kind === Tok.NEWLINE)
                this.pos++;
            else if (kind === Tok.COMMA) {
                this.fail(this.pos, `unexpected ',' after the value of '${nameText}': attributes are separated by newlines, not commas`);
            }
            else if (kind !== Tok.EOF) {
                this.fail(this.pos, `expected a newline after the value of '${nameText}', found ${this.found()}`);
            }
        }
        const nameRange = { start: this.startOf(name), end: this.endOf(name) };
        return { kind: 'attribute', name: nameText, nameRange, expr, range: { start: nameRange.start, end: expr.range.end } };
    }
    parseBlock(typeToken) {
        const type = this.text(typeToken);
        const labels = [];
        const labelRanges = [];
        for (;;) {
            const kind = this.kinds[this.pos];
            if (kind === Tok.LBRACE)
                break;
            if (kind === Tok.IDENT) {
                labels.push(this.text(this.pos));
                labelRanges.push({ start: this.startOf(this.pos), end: this.endOf(this.pos) });
                this.pos++;
            }
            else if (kind === Tok.OQUOTE) {
                this.parseQuotedLabel(labels, labelRanges);
            }
            else if (kind === Tok.NEWLINE) {
                this.fail(this.pos, `expected '{' on the same line as the header of block '${type}'`);
            }
            else if (kind === Tok.ASSIGN) {
                this.fail(this.pos, `unexpected '=' after the labels of block '${type}' (a block has no '=')`);
            }
            else {
                this.fail(this.pos, `expected a block label or '{' after '${type}', found ${this.found()}`);
            }
        }
        const open = this.pos++;
        this.enter(open);
        let items;
        const first = this.kinds[this.pos];
        if (first === Tok.NEWLINE || first === Tok.RBRACE || first === Tok.EOF) {
            items = this.parseBodyItems(Tok.RBRACE, open);
        }
        else {
            items = [this.parseSingleLineAttribute(type, open)];
        }
        const close = this.pos++;
        this.leave();
        const after = this.kinds[this.pos];
        if (after === Tok.NEWLINE)
            this.pos++;
        else if (after !== Tok.EOF)
            this.fail(this.pos, `expected a newline after the closing '}' of block '${type}', found ${this.found()}`);
        const end = this.endOf(close);
        return {
            kind: 'block',
            type,
            labels,
            labelRanges,
            body: { items, range: { start: this.startOf(open), end } },
            range: { start: this.startOf(typeToken), end },
        };
    }
    /** `name { attr = value }`: one attribute, closed on the same line. */
    parseSingleLineAttribute(type, open) {
        if (this.kinds[this.pos] !== Tok.IDENT) {
            this.fail(this.pos, `expected an attribute name or a newline after '{' of block '${type}', found ${this.found()}`);
        }
        const name = this.pos++;
        if (this.kinds[this.pos] !== Tok.ASSIGN) {
            this.fail(this.pos, `a single-line block can contain only one attribute ('name = value'); put nested blocks on their own lines`);
        }
        const attribute = this.parseAttribute(name, true);
        const kind = this.kinds[this.pos];
        if (kind === Tok.RBRACE)
            return attribute;
        if (kind === Tok.COMMA)
            this.fail(this.pos, 'a single-line block can contain only one attribute; put each attribute on its own line');
        if (kind === Tok.NEWLINE)
            this.fail(this.pos, `a single-line block must be closed on the same line: expected '}' to close the block opened at line ${this.lineOf(open)}`);
        if (kind === Tok.EOF)
            this.fail(this.pos, `expected '}' to close the block opened at line ${this.lineOf(open)}`);
        return this.fail(this.pos, `expected '}' after the attribute of the single-line block, found ${this.found()}`);
    }
    parseQuotedLabel(labels, labelRanges) {
        const open = this.pos++;
        let value = '';
        if (this.kinds[this.pos] === Tok.LITERAL)
            value = this.tokens.literals[this.aux[this.pos++]];
        const kind = this.kinds[this.pos];
        if (kind === Tok.INTERP || kind === Tok.CONTROL) {
            const sequence = kind === Tok.INTERP ? '${' : '%{';
            this.fail(this.pos, `block labels cannot contain '${sequence}' sequences (write '${sequence[0]}${sequence}' for a literal '${sequence}')`);
        }
        const close = this.pos++;
        labels.push(value);
        labelRanges.push({ start: this.startOf(open), end: this.endOf(close) });
    }
    // ---- expressions --------------------------------------------------------
    parseExpression() {
        const cond = this.parseBinary(1);
        if (this.peek() !== Tok.QUESTION)
            return cond;
        const question = this.next();
        this.enter(question);
        const then = this.parseExpression();
        if (this.peek() !== Tok.COLON) {
            this.fail(this.pos, `expected ':' and a false result for the conditional '?' at line ${this.lineOf(question)}, found ${this.found()}`);
        }
        this.pos++;
        const otherwise = this.parseExpression();
        this.leave();
        return { kind: 'conditional', cond, then, else: otherwise, range: { start: cond.range.start, end: otherwise.range.end } };
    }
    /** Left-associative binary operators at or above minPrecedence (precedence climbing). */
    parseBinary(minPrecedence) {
        let left = this.parseUnary();
        let chained = 0;
        for (;;) {
            const kind = this.peek();
            const precedence = PRECEDENCE[kind];
            if (precedence === 0 || precedence < minPrecedence)
                break;
            const operator = this.pos++;
            // Each link of a chain nests the tree one level deeper.
            chained++;
            this.enter(operator);
            const right = this.parseBinary(precedence + 1);
            left = { kind: 'binary', op: OPERATOR[kind], left, right, range: { start: left.range.start, end: right.range.end } };
        }
        this.depth -= chained;
        return left;
    }
    parseUnary() {
        const kind = this.peek();
        if (kind === Tok.MINUS || kind === Tok.BANG) {
            const operator = this.next();
            this.enter(operator);
            const operand = this.parseUnary();
            this.leave();
            return { kind: 'unary', op: kind === Tok.MINUS ? '-' : '!', operand, range: { start: this.startOf(operator), end: operand.range.end } };
        }
        return this.parsePostfix(this.parseTerm());
    }
    /** Attribute access, indexing and splats after a term. */
    parsePostfix(term) {
        let result = term;
        let chained = 0;
        for (;;) {
            const kind = this.peek();
            if (kind !== Tok.DOT && kind !== Tok.LBRACK)
                break;
            const step = this.pos;
            chained++;
            this.enter(step);
            if (kind === Tok.DOT) {
                this.pos++;
                if (this.peek() === Tok.STAR)
                    result = this.parseAttributeSplat(result, step);
                else
                    result = this.parseDotStep(result);
            }
            else {
                result = this.parseBracketStep(result);
            }
        }
        this.depth -= chained;
        return result;
    }
    /** After a '.': a name (`a.b`) or a legacy index (`a.0`). */
    parseDotStep(object) {
        const kind = this.peek();
        const token = this.pos;
        if (kind === Tok.IDENT) {
            this.pos++;
            return { kind: 'getattr', object, name: this.text(token), range: { start: object.range.start, end: this.endOf(token) } };
        }
        if (kind === Tok.NUMBER) {
            if (this.aux[token] !== NUMBER_INTEGER) {
                this.fail(token, `invalid legacy index '.${this.text(token)}': chained legacy indexes are not allowed, write [${this.text(token).split('.').join('][')}] instead`);
            }
            this.pos++;
            const key = { kind: 'literal', value: Number(this.text(token)), range: { start: this.startOf(token), end: this.endOf(token) } };
            return { kind: 'index', object, key, range: { start: object.range.start, end: key.range.end } };
        }
        return this.fail(token, `expected an attribute name after '.', found ${this.found()}`);
    }
    /** `a.*.b.c`: an attribute-only splat takes the following name and legacy-index steps. */
    parseAttributeSplat(object, dot) {
        const star = this.next();
        const item = { kind: 'variable', name: SPLAT_ITEM, range: { start: this.startOf(dot), end: this.endOf(star) } };
        let each = item;
        while (this.peek() === Tok.DOT) {
            this.pos++;
            if (this.peek() === Tok.STAR)
                this.fail(this.pos, "a splat cannot be nested inside an attribute-only splat ('.*'); use the full form '[*]'");
            each = this.parseDotStep(each);
        }
        return { kind: 'splat', object, each, full: false, range: { start: object.range.start, end: each.range.end } };
    }
    /** After a '[': a full splat `[*]` (taking every following step) or an index. */
    parseBracketStep(object) {
        const open = this.pos++;
        if (this.peek() === Tok.STAR) {
            this.pos++;
            if (this.peek() !== Tok.RBRACK)
                this.fail(this.pos, `expected ']' after '[*', found ${this.found()}`);
            const close = this.pos++;
            const item = { kind: 'variable', name: SPLAT_ITEM, range: { start: this.startOf(open), end: this.endOf(close) } };
            const each = this.parsePostfix(item);
            return { kind: 'splat', object, each, full: true, range: { start: object.range.start, end: each.range.end } };
        }
        const saved = this.skipNewlines;
        this.skipNewlines = true;
        this.failIfEnd(open, ']', 'the index');
        const key = this.parseExpression();
        if (this.peek() !== Tok.RBRACK)
            this.fail(this.pos, `expected ']' to close the index opened at line ${this.lineOf(open)}, found ${this.found()}`);
        const close = this.pos++;
        this.skipNewlines = saved;
        return { kind: 'index', object, key, range: { start: object.range.start, end: this.endOf(close) } };
    }
    parseTerm() {
        const kind = this.peek();
        const token = this.pos;
        switch (kind) {
            case Tok.IDENT: {
                this.pos++;
                const next = this.peek();
                if (next === Tok.LPAREN || next === Tok.DOUBLE_COLON)
                    return this.parseCall(token);
                const range = { start: this.startOf(token), end: this.endOf(token) };
                const name = this.text(token);
                if (name === 'true')
                    return { kind: 'literal', value: true, range };
                if (name === 'false')
                    return { kind: 'literal', value: false, range };
                if (name === 'null')
                    return { kind: 'literal', value: null, range };
                return { kind: 'variable', name, range };
            }
            case Tok.NUMBER:
                if (this.aux[token] === NUMBER_MALFORMED)
                    this.fail(token, `invalid number '${this.text(token)}'`);
                this.pos++;
                return { kind: 'literal', value: Number(this.text(token)), range: { start: this.startOf(token), end: this.endOf(token) } };
            case Tok.OQUOTE:
            case Tok.OHEREDOC:
                return this.parseTemplate();
            case Tok.LPAREN:
                return this.parseParens();
            case Tok.LBRACK:
                return this.parseTuple();
            case Tok.LBRACE:
                return this.parseObject();
            default:
                return this.fail(token, `expected an expression, found ${this.found()}`);
        }
    }
    parseParens() {
        const open = this.pos++;
        this.enter(open);
        const saved = this.skipNewlines;
        this.skipNewlines = true;
        this.failIfEnd(open, ')', "the '('");
        const expr = this.parseExpression();
        if (this.peek() !== Tok.RPAREN)
            this.fail(this.pos, `expected ')' to close the '(' opened at line ${this.lineOf(open)}, found ${this.found()}`);
        const close = this.pos++;
        this.skipNewlines = saved;
        this.leave();
        return { kind: 'parens', expr, range: { start: this.startOf(open), end: this.endOf(close) } };
    }
    /** `name(args)` or `provider::p::name(args)`; the name token is already consumed. */
    parseCall(nameToken) {
        let name = this.text(nameToken);
        while (this.peek() === Tok.DOUBLE_COLON) {
            this.pos++;
            if (this.peek() !== Tok.IDENT)
                this.fail(this.pos, `expected a function name after '::', found ${this.found()}`);
            name += '::' + this.text(this.pos++);
        }
        if (this.peek() !== Tok.LPAREN)
            this.fail(this.pos, `expected '(' after the function name '${name}', found ${this.found()}`);
        const open = this.pos++;
        this.enter(open);
        const saved = this.skipNewlines;
        this.skipNewlines = true;
        const args = [];
        let expandFinal = false;
        let close;
        if (this.peek() === Tok.RPAREN)
            close = this.pos++;
        else {
            for (;;) {
                this.failIfEnd(open, ')', `the call to '${name}'`);
                args.push(this.parseExpression());
                const kind = this.peek();
                if (kind === Tok.RPAREN) {
                    close = this.pos++;
                    break;
                }
                if (kind === Tok.ELLIPSIS) {
                    this.pos++;
                    expandFinal = true;
                    if (this.peek() !== Tok.RPAREN)
                        this.fail(this.pos, `expected ')' right after '...' in the call to '${name}', found ${this.found()}`);
                    close = this.pos++;
                    break;
                }
                if (kind === Tok.COMMA) {
                    this.pos++;
                    if (this.peek() === Tok.RPAREN) {
                        close = this.pos++;
                        break;
                    }
                    continue;
                }
                this.failIfEnd(open, ')', `the call to '${name}'`);
                this.fail(this.pos, `expected ',' or ')' in the call to '${name}' opened at line ${this.lineOf(open)}, found ${this.found()}`);
            }
        }
        this.skipNewlines = saved;
        this.leave();
        return { kind: 'call', name, args, expandFinal, range: { start: this.startOf(nameToken), end: this.endOf(close) } };
    }
    parseTuple() {
        const open = this.pos++;
        this.enter(open);
        const saved = this.skipNewlines;
        this.skipNewlines = true;
        let result;
        if (this.peek() === Tok.IDENT && this.isKeyword(this.pos, 'for')) {
            result = this.parseFor(open, Tok.RBRACK);
        }
        else {
            const items = [];
            let close;
            for (;;) {
                if (this.peek() === Tok.RBRACK) {
                    close = this.pos++;
                    break;
                }
                this.failIfEnd(open, ']', 'the list');
                items.push(this.parseExpression());
                const kind = this.peek();
                if (kind === Tok.RBRACK) {
                    close = this.pos++;
                    break;
                }
                if (kind === Tok.COMMA) {
                    this.pos++;
                    continue;
                }
                this.failIfEnd(open, ']', 'the list');
                this.fail(this.pos, `expected ',' or ']' in the list opened at line ${this.lineOf(open)}, found ${this.found()}`);
            }
            result = { kind: 'tuple', items, range: { start: this.startOf(open), end: this.endOf(close) } };
        }
        this.skipNewlines = saved;
        this.leave();
        return result;
    }
    parseObject() {
        const open = this.pos++;
        this.enter(open);
        const saved = this.skipNewlines;
        // `for` may follow on the next line: for-expressions ignore newlines, objects don't.
        this.skipNewlines = true;
        const kind = this.peek();
        let result;
        if (kind === Tok.IDENT && this.isKeyword(this.pos, 'for') && this.kindAfter(this.pos) === Tok.IDENT) {
            result = this.parseFor(open, Tok.RBRACE);
        }
        else {
            this.skipNewlines = false;
            result = this.parseObjectItems(open);
        }
        this.skipNewlines = saved;
        this.leave();
        return result;
    }
    /** Items separated by newlines or commas; keys by '=' or ':'. */
    parseObjectItems(open) {
        const items = [];
        let close;
        for (;;) {
            let kind = this.kinds[this.pos];
            if (kind === Tok.NEWLINE) {
                this.pos++;
                continue;
            }
            if (kind === Tok.RBRACE) {
                close = this.pos++;
                break;
            }
            if (kind === Tok.EOF)
                this.fail(this.pos, `expected '}' to close the object opened at line ${this.lineOf(open)}`);
            const key = this.parseExpression();
            kind = this.kinds[this.pos];
            if (kind !== Tok.ASSIGN && kind !== Tok.COLON) {
                if (kind === Tok.EOF)
                    this.fail(this.pos, `expected '}' to close the object opened at line ${this.lineOf(open)}`);
                this.fail(this.pos, `expected '=' or ':' after the object key, found ${this.found()}`);
            }
            this.pos++;
            const value = this.parseExpression();
            items.push({ key, keyIsIdentifier: key.kind === 'variable', value, range: { start: key.range.start, end: value.range.end } });
            kind = this.kinds[this.pos];
            if (kind === Tok.RBRACE) {
                close = this.pos++;
                break;
            }
            if (kind === Tok.COMMA || kind === Tok.NEWLINE) {
                this.pos++;
                continue;
            }
            if (kind === Tok.EOF)
                this.fail(this.pos, `expected '}' to close the object opened at line ${this.lineOf(open)}`);
            this.fail(this.pos, `expected a newline, ',' or '}' after the object item, found ${this.found()}`);
        }
        return { kind: 'object', items, range: { start: this.startOf(open), end: this.endOf(close) } };
    }
    /** `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value... if cond}`; newlines are insignificant. */
    parseFor(open, closeKind) {
        const makesObject = closeKind === Tok.RBRACE;
        this.pos++; // for
        if (this.peek() !== Tok.IDENT)
            this.fail(this.pos, `expected a variable name after 'for', found ${this.found()}`);
        let keyVar;
        let valueVar = this.text(this.pos++);
        if (this.peek() === Tok.COMMA) {
            this.pos++;
            if (this.peek() !== Tok.IDENT)
                this.fail(this.pos, `expected a value variable name after ',' in the for-expression, found ${this.found()}`);
            keyVar = valueVar;
            valueVar = this.text(this.pos++);
        }
        if (!(this.peek() === Tok.IDENT && this.isKeyword(this.pos, 'in'))) {
            this.fail(this.pos, `expected 'in' after the variable names of the for-expression, found ${this.found()}`);
        }
        this.pos++;
        const collection = this.parseExpression();
        if (this.peek() !== Tok.COLON)
            this.fail(this.pos, `expected ':' after the collection of the for-expression, found ${this.found()}`);
        this.pos++;
        let keyExpr;
        let valueExpr = this.parseExpression();
        if (this.peek() === Tok.FAT_ARROW) {
            if (!makesObject)
                this.fail(this.pos, "a key ('=>') is only allowed in a for-expression that builds an object ({for ...}), not a list ([for ...])");
            this.pos++;
            keyExpr = valueExpr;
            valueExpr = this.parseExpression();
        }
        else if (makesObject) {
            this.fail(this.pos, "a for-expression that builds an object needs a key: {for k, v in coll : k => v}");
        }
        let grouping = false;
        if (this.peek() === Tok.ELLIPSIS) {
            if (!makesObject)
                this.fail(this.pos, "the grouping '...' is only allowed in a for-expression that builds an object");
            this.pos++;
            grouping = true;
        }
        let cond;
        if (this.peek() === Tok.IDENT && this.isKeyword(this.pos, 'if')) {
            this.pos++;
            cond = this.parseExpression();
        }
        if (this.peek() !== closeKind) {
            this.fail(this.pos, `expected '${makesObject ? '}' : ']'}' to close the for-expression opened at line ${this.lineOf(open)}, found ${this.found()}`);
        }
        const close = this.pos++;
        const result = { kind: 'for', valueVar, collection, valueExpr, grouping, range: { start: this.startOf(open), end: this.endOf(close) } };
        if (keyVar !== undefined)
            result.keyVar = keyVar;
        if (keyExpr)
            result.keyExpr = keyExpr;
        if (cond)
            result.cond = cond;
        return result;
    }
    // ---- templates ----------------------------------------------------------
    parseTemplate() {
        const open = this.pos++;
        const heredoc = this.kinds[open] === Tok.OHEREDOC;
        this.enter(open);
        const pieces = this.parseTemplatePieces(heredoc ? Tok.CHEREDOC : Tok.CQUOTE);
        const close = this.pos++;
        if (pieces.length === 0) {
            // Like hclsyntax, an empty template holds one empty text part, placed where the text would be.
            const at = heredoc ? this.starts[close] : this.ends[open];
            pieces.push({ kind: PIECE_TEXT, value: '', expr: undefined, keyVar: undefined, valueVar: '', start: at, end: at });
        }
        if (heredoc && this.aux[open] === 1)
            removeHeredocIndentation(pieces);
        const melded = meldAdjacentText(pieces);
        const cursor = { index: 0 };
        const parts = this.buildTemplateParts(melded, cursor, -1);
        this.leave();
        return { kind: 'template', parts, heredoc, range: { start: this.startOf(open), end: this.endOf(close) } };
    }
    /** The flat sequence of text, interpolations and directives, with strip markers (`~`) applied. */
    parseTemplatePieces(closeKind) {
        const pieces = [];
        let trimNextText = false;
        let previousIsText = false;
        for (;;) {
            const kind = this.kinds[this.pos];
            if (kind === closeKind)
                return pieces;
            const token = this.pos;
            if (kind === Tok.LITERAL) {
                let value = this.tokens.literals[this.aux[token]];
                if (trimNextText)
                    value = trimGoSpaceStart(value);
                pieces.push({ kind: PIECE_TEXT, value, expr: undefined, keyVar: undefined, valueVar: '', start: this.starts[token], end: this.ends[token] });
                this.pos++;
                trimNextText = false;
                previousIsText = true;
                continue;
            }
            if (kind !== Tok.INTERP && kind !== Tok.CONTROL)
                this.fail(token, `unexpected ${this.found()} in a template`);
            if (this.aux[token] === 1 && previousIsText) {
                const previous = pieces[pieces.length - 1];
                previous.value = trimGoSpaceEnd(previous.value);
            }
            trimNextText = false;
            previousIsText = false;
            this.pos++;
            this.enter(token);
            const saved = this.skipNewlines;
            this.skipNewlines = true;
            const piece = kind === Tok.INTERP
                ? { kind: PIECE_INTERP, value: '', expr: this.parseExpression(), keyVar: undefined, valueVar: '', start: this.starts[token], end: 0 }
                : this.parseDirective(token);
            if (this.peek() !== Tok.SEQ_END) {
                const what = kind === Tok.INTERP ? "the interpolation '${'" : `the '%{' directive`;
                this.fail(this.pos, `expected '}' to close ${what} opened at line ${this.lineOf(token)}, found ${this.found()}`);
            }
            const close = this.pos++;
            piece.end = this.ends[close];
            trimNextText = this.aux[close] === 1;
            this.skipNewlines = saved;
            this.leave();
            pieces.push(piece);
        }
    }
    /** The inside of `%{ ... }`: if, else, endif, for or endfor. */
    parseDirective(open) {
        if (this.peek() !== Tok.IDENT)
            this.fail(this.pos, `expected a template directive (if, for, else, endif or endfor) after '%{', found ${this.found()}`);
        const keyword = this.text(this.pos++);
        const piece = { kind: PIECE_IF, value: keyword, expr: undefined, keyVar: undefined, valueVar: '', start: this.starts[open], end: 0 };
        switch (keyword) {
            case 'if':
                piece.expr = this.parseExpression();
                return piece;
            case 'else':
                piece.kind = PIECE_ELSE;
                return piece;
            case 'endif':
                piece.kind = PIECE_ENDIF;
                return piece;
            case 'endfor':
                piece.kind = PIECE_ENDFOR;
                return piece;
            case 'for': {
                piece.kind = PIECE_FOR;
                if (this.peek() !== Tok.IDENT)
                    this.fail(this.pos, `expected a variable name after '%{for', found ${this.found()}`);
                piece.valueVar = this.text(this.pos++);
                if (this.peek() === Tok.COMMA) {
                    this.pos++;
                    if (this.peek() !== Tok.IDENT)
                        this.fail(this.pos, `expected a value variable name after ',' in '%{for', found ${this.found()}`);
                    piece.keyVar = piece.valueVar;
                    piece.valueVar = this.text(this.pos++);
                }
                if (!(this.peek() === Tok.IDENT && this.isKeyword(this.pos, 'in'))) {
                    this.fail(this.pos, `expected 'in' after the variable names of '%{for', found ${this.found()}`);
                }
                this.pos++;
                piece.expr = this.parseExpression();
                return piece;
            }
            default:
                return this.fail(this.pos - 1, `unknown template directive '${keyword}' (expected if, for, else, endif or endfor)`);
        }
    }
    rangeOf(start, end) {
        return { start: this.lines.pos(start), end: this.lines.pos(end) };
    }
    /**
     * Nests directive pieces: reads parts until a piece that closes `opener`
     * (else/endif for an if, endfor for a for) or, at the top (opener -1), the end.
     */
    buildTemplateParts(pieces, cursor, openerKind) {
        const parts = [];
        while (cursor.index < pieces.length) {
            const piece = pieces[cursor.index];
            switch (piece.kind) {
                case PIECE_TEXT:
                    parts.push({ kind: 'text', value: piece.value, range: this.rangeOf(piece.start, piece.end) });
                    cursor.index++;
                    break;
                case PIECE_INTERP:
                    parts.push({ kind: 'interp', expr: piece.expr, range: this.rangeOf(piece.start, piece.end) });
                    cursor.index++;
                    break;
                case PIECE_IF:
                case PIECE_FOR:
                    parts.push(this.buildDirective(pieces, cursor));
                    break;
                default:
                    // else, endif or endfor: closes the enclosing directive if it matches
                    if ((openerKind === PIECE_IF && piece.kind !== PIECE_ENDFOR) || (openerKind === PIECE_FOR && piece.kind === PIECE_ENDFOR))
                        return parts;
                    this.failAtOffset(piece.start, this.unexpectedDirective(piece, openerKind));
            }
        }
        return parts;
    }
    unexpectedDirective(piece, openerKind) {
        const name = piece.value;
        if (openerKind === PIECE_IF)
            return `unexpected '%{${name}}': expected '%{endif}' for the open '%{if}'`;
        if (openerKind === PIECE_FOR)
            return `unexpected '%{${name}}': expected '%{endfor}' for the open '%{for}'`;
        return `unexpected '%{${name}}' without a matching '%{${name === 'endfor' ? 'for' : 'if'}}'`;
    }
    buildDirective(pieces, cursor) {
        const opener = pieces[cursor.index++];
        this.enterAtOffset(opener.start);
        const body = this.buildTemplateParts(pieces, cursor, opener.kind);
        const closer = pieces[cursor.index];
        const openerName = opener.kind === PIECE_IF ? 'if' : 'for';
        if (!closer) {
            this.failAtOffset(opener.start, `the '%{${openerName}}' opened at line ${this.lines.lineIndexOf(opener.start) + 1} has no matching '%{end${openerName}}'`);
        }
        cursor.index++;
        let part;
        if (opener.kind === PIECE_FOR) {
            part = { kind: 'for', valueVar: opener.valueVar, collection: opener.expr, body, range: this.rangeOf(opener.start, closer.end) };
            if (opener.keyVar !== undefined)
                part.keyVar = opener.keyVar;
        }
        else if (closer.kind === PIECE_ELSE) {
            const otherwise = this.buildTemplateParts(pieces, cursor, PIECE_IF);
            const endif = pieces[cursor.index];
            if (!endif)
                this.failAtOffset(opener.start, `the '%{if}' opened at line ${this.lines.lineIndexOf(opener.start) + 1} has no matching '%{endif}'`);
            if (endif.kind !== PIECE_ENDIF)
                this.failAtOffset(endif.start, `unexpected '%{else}': the '%{if}' at line ${this.lines.lineIndexOf(opener.start) + 1} already has one`);
            cursor.index++;
            part = { kind: 'if', cond: opener.expr, then: body, else: otherwise, range: this.rangeOf(opener.start, endif.end) };
        }
        else {
            part = { kind: 'if', cond: opener.expr, then: body, range: this.rangeOf(opener.start, closer.end) };
        }
        this.depth--;
        return part;
    }
    enterAtOffset(offset) {
        if (++this.depth > MAX_NESTING)
            this.failAtOffset(offset, `nesting deeper than ${MAX_NESTING} levels`);
    }
    failAtOffset(offset, message) {
        const p = this.lines.pos(offset);
        throw new HclSyntaxError(this.path, p.line, p.column, message);
    }
}
/**
 * The `<<-` rule, as hclsyntax applies it: find the smallest indentation over the
 * lines (a line starting with an interpolation or directive counts as 0; lines of
 * only whitespace are ignored and left as they are) and remove that many
 * characters from the start of every other line.
 */
function removeHeredocIndentation(pieces) {
    let minIndent = Infinity;
    let atLineStart = true;
    const indented = [];
    for (const piece of pieces) {
        if (atLineStart) {
            atLineStart = false;
            if (piece.kind === PIECE_TEXT) {
                const value = piece.value;
                let spaces = 0;
                while (spaces < value.length && isGoSpace(value.charCodeAt(spaces)))
                    spaces++;
                if (!(spaces === value.length && value.endsWith('\n'))) {
                    indented.push(piece);
                    if (spaces < minIndent)
                        minIndent = spaces;
                }
            }
            else {
                minIndent = 0;
            }
        }
        if (piece.kind === PIECE_TEXT && piece.value.endsWith('\n'))
            atLineStart = true;
    }
    if (minIndent === Infinity || minIndent === 0)
        return;
    for (const piece of indented) {
        piece.value = piece.value.slice(minIndent);
        piece.start += minIndent;
    }
}
/** Joins runs of text pieces (heredocs arrive line by line) into one. */
function meldAdjacentText(pieces) {
    if (pieces.length < 2)
        return pieces;
    const result = [pieces[0]];
    let pending;
    for (let i = 1; i < pieces.length; i++) {
        const piece = pieces[i];
        const last = result[result.length - 1];
        if (piece.kind === PIECE_TEXT && last.kind === PIECE_TEXT) {
            pending ??= [last.value];
            pending.push(piece.value);
            last.end = piece.end;
            continue;
        }
        if (pending) {
            last.value = pending.join('');
            pending = undefined;
        }
        result.push(piece);
    }
    if (pending)
        result[result.length - 1].value = pending.join('');
    return result;
}
