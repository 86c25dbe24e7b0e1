export class JsonSyntaxError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
    }
}
const DEFAULT_MAX_DEPTH = 256;
class Scanner {
    text;
    file;
    maxDepth;
    pos = 0;
    line = 1;
    /** Offset of the first character of the current line, for columns. */
    lineStart = 0;
    constructor(text, file, maxDepth) {
        this.text = text;
        this.file = file;
        this.maxDepth = maxDepth;
    }
    fail(message) {
        throw new JsonSyntaxError(message, this.line, this.pos - this.lineStart + 1);
    }
    skipSpace() {
        const t = this.text;
        for (;;) {
            const c = t.charCodeAt(this.pos);
            if (c === 10) {
                this.pos++;
                this.line++;
                this.lineStart = this.pos;
            }
            else if (c === 32 || c === 9 || c === 13 || c === 0xfeff)
                this.pos++;
            else
                return;
        }
    }
    loc(startLine, startColumn) {
        return { file: this.file, startLine, endLine: this.line, startColumn };
    }
    parseValue(depth, startLine, startColumn) {
        this.skipSpace();
        const line = startLine ?? this.line;
        const column = startColumn ?? this.pos - this.lineStart + 1;
        const c = this.text[this.pos];
        switch (c) {
            case '{':
                return this.parseObject(depth + 1, line, column);
            case '[':
                return this.parseArray(depth + 1, line, column);
            case '"': {
                const v = this.parseString();
                return { t: 'string', v, loc: this.loc(line, column) };
            }
            case 't':
                this.expectWord('true');
                return { t: 'bool', v: true, loc: this.loc(line, column) };
            case 'f':
                this.expectWord('false');
                return { t: 'bool', v: false, loc: this.loc(line, column) };
            case 'n':
                this.expectWord('null');
                return { t: 'null', loc: this.loc(line, column) };
            case undefined:
                return this.fail('unexpected end of input, expected a value');
            default:
                if (c === '-' || (c >= '0' && c <= '9'))
                    return { t: 'number', v: this.parseNumber(), loc: this.loc(line, column) };
                return this.fail(`unexpected character ${JSON.stringify(c)}, expected a value`);
        }
    }
    expectWord(word) {
        if (this.text.startsWith(word, this.pos))
            this.pos += word.length;
        else
            this.fail(`unexpected token, expected ${word}`);
    }
    parseNumber() {
        const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
        m.lastIndex = this.pos;
        const found = m.exec(this.text);
        if (!found)
            this.fail('malformed number');
        this.pos += found[0].length;
        return Number(found[0]);
    }
    parseString() {
        const t = this.text;
        this.pos++; // opening quote
        let out = '';
        let chunkStart = this.pos;
        for (;;) {
            const c = t.charCodeAt(this.pos);
            if (Number.isNaN(c))
                this.fail('unterminated string');
            if (c === 34) {
                out += t.slice(chunkStart, this.pos);
                this.pos++;
                return out;
            }
            if (c === 92) {
                out += t.slice(chunkStart, this.pos);
                const e = t[this.pos + 1];
                this.pos += 2;
                switch (e) {
                    case '"':
                    case '\\':
                    case '/':
                        out += e;
                        break;
                    case 'b':
                        out += '\b';
                        break;
                    case 'f':
                        out += '\f';
                        break;
                    case 'n':
                        out += '\n';
                        break;
                    case 'r':
                        out += '\r';
                        break;
                    case 't':
                        out += '\t';
                        break;
                    case 'u': {
                        const hex = t.slice(this.pos, this.pos + 4);
                        if (!/^[0-9a-fA-F]{4}$/.test(hex))
                            this.fail('malformed \\u escape');
                        out += String.fromCharCode(parseInt(hex, 16));
                        this.pos += 4;
                        break;
                    }
                    default:
                        this.pos -= 1;
                        this.fail(`invalid escape \\${e ?? ''}`);
                }
                chunkStart = this.pos;
                continue;
            }
            if (c < 32) {
                if (c === 10)
                    this.fail('unterminated string (newline inside a string)');
                this.fail('control character inside a string');
            }
            this.pos++;
        }
    }
    parseObject(depth, line, column) {
        if (depth > this.maxDepth)
            this.fail(`nesting deeper than ${this.maxDepth} levels`);
        this.pos++; // {
        const entries = new Map();
        this.skipSpace();
        if (this.text[this.pos] === '}') {
            this.pos++;
            return { t: 'map', entries, loc: this.loc(line, column) };
        }
        for (;;) {
            this.skipSpace();
            if (this.text[this.pos] !== '"')
                this.fail('expected a property name in double quotes');
            const keyLine = this.line;
            const keyColumn = this.pos - this.lineStart + 1;
            const key = this.parseString();
            this.skipSpace();
            if (this.text[this.pos] !== ':')
                this.fail(`expected ':' after property name "${key}"`);
            this.pos++;
            // Later duplicates win, as in JSON.parse.
            entries.set(key, this.parseValue(depth, keyLine, keyColumn));
            this.skipSpace();
            const c = this.text[this.pos];
            if (c === ',') {
                this.pos++;
                continue;
            }
            if (c === '}') {
                this.pos++;
                return { t: 'map', entries, loc: this.loc(line, column) };
            }
            this.fail(c === undefined ? 'unexpected end of input, expected , or }' : `expected , or } but found ${JSON.stringify(c)}`);
        }
    }
    parseArray(depth, line, column) {
        if (depth > this.maxDepth)
            this.fail(`nesting deeper than ${this.maxDepth} levels`);
        this.pos++; // [
        const items = [];
        this.skipSpace();
        if (this.text[this.pos] === ']') {
            this.pos++;
            return { t: 'list', items, loc: this.loc(line, column) };
        }
        for (;;) {
            items.push(this.parseValue(depth));
            this.skipSpace();
            const c = this.text[this.pos];
            if (c === ',') {
                this.pos++;
                continue;
            }
            if (c === ']') {
                this.pos++;
                return { t: 'list', items, loc: this.loc(line, column) };
            }
            this.fail(c === undefined ? 'unexpected end of input, expected , or ]' : `expected , or ] but found ${JSON.stringify(c)}`);
        }
    }
}
/** Parses JSON text into a located Value tree; throws JsonSyntaxError with line and column. */
export function parseLocatedJson(text, options) {
    const s = new Scanner(text, options.file, options.maxDepth ?? DEFAULT_MAX_DEPTH);
    const value = s.parseValue(0);
    s.skipSpace();
    if (s.pos < text.length)
        s.fail(`unexpected ${JSON.stringify(text[s.pos])} after the end of the JSON value`);
    return value;
}
