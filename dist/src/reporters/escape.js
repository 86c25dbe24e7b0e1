/**
 * Escaping for each output syntax. Findings quote attacker-controlled text from
 * scanned files (file names, resource names, tags, policy documents), so every
 * string that enters a report goes through one of these.
 *
 * Every format first makes control characters visible (escapeControl): a raw
 * ESC can drive a terminal, a CR or LF can forge a report line, U+2028/2029
 * break lines in some viewers, and bidi overrides make text read differently
 * from what it is ("Trojan Source"). They become `\x1b`, `\n`, `\u202e`, so a
 * reader sees that they were there. A backslash is left as it is: the point is
 * that no control character reaches the output, not a reversible encoding.
 */
/**
 * C0 controls, DEL, C1 controls, the Arabic letter mark, LRM/RLM, the line and
 * paragraph separators, bidi embeddings/overrides (U+202A–202E) and isolates (U+2066–2069).
 */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
/** The same set without LF, for multi-line text whose line breaks are the tool's own. */
const CONTROL_BUT_LF = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function visible(ch) {
    const named = NAMED[ch];
    if (named)
        return named;
    const code = ch.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** One line of text with every control, separator and bidi character shown as an escape (`\x1b`, `\n`, `\u202e`). */
export function escapeControl(text) {
    return text.replace(CONTROL, visible);
}
/**
 * Multi-line text (a remediation snippet) whose line breaks are kept: CRLF and
 * CR become LF, and every other control character is shown as an escape.
 */
export function escapeControlKeepLines(text) {
    return text.replace(/\r\n?/g, '\n').replace(CONTROL_BUT_LF, visible);
}
/**
 * XML 1.0 forbids most control characters even as character references, and
 * lone surrogates and U+FFFE/FFFF are not characters at all: those that
 * escapeControl leaves are shown as `\uXXXX` too, so nothing is silently lost.
 */
const XML_INVALID = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xmlEntities = (text) => text
    .replace(XML_INVALID, visible)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
/** An XML attribute value or one-line text. */
export function escapeXml(text) {
    return xmlEntities(escapeControl(text));
}
/**
 * Multi-line XML text content whose line breaks are the tool's own; every
 * scanned piece in it must have been through escapeControl already, so that a
 * line break in a file name cannot forge a line.
 */
export function escapeXmlLines(text) {
    return xmlEntities(escapeControlKeepLines(text));
}
const htmlEntities = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
export function escapeHtml(text) {
    return htmlEntities(escapeControl(text));
}
/** HTML for a <pre> block: the tool's line breaks kept, everything else as escapeHtml. */
export function escapeHtmlLines(text) {
    return htmlEntities(escapeControlKeepLines(text));
}
/**
 * JSON for an inline <script> block: `</script>`, `<!--` and the JS line
 * separators cannot end the block or the string early.
 */
export function jsonForScript(value) {
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
/**
 * Markdown text for a GitHub/GitLab comment: control characters are shown as
 * escapes (so a line break stays inside its table cell or list item), markdown
 * syntax is escaped, HTML is neutralised, and `@name` cannot notify anyone.
 */
export function escapeMarkdown(text) {
    return escapeControl(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
        .replace(/@/g, '&#64;');
}
/**
 * Inline code for Markdown, written as HTML so that a backtick cannot end it;
 * `|` would split a table cell and `@` would notify someone.
 */
export function markdownInlineCode(text) {
    return `<code>${escapeHtml(text).replace(/\|/g, '&#124;').replace(/@/g, '&#64;')}</code>`;
}
/** A fenced code block whose fence is longer than any backtick run inside, so the code cannot close it. */
export function markdownCodeBlock(code, language = '') {
    const clean = escapeControlKeepLines(code);
    const longestRun = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}${language.replace(/[^A-Za-z0-9_-]/g, '')}\n${clean.trimEnd()}\n${fence}`;
}
/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet: control characters
 * are shown as escapes, so a cell is always one line, and a cell that starts
 * with = + - @ tab or CR would be read as a formula, so it gets a leading quote.
 * (One parameter only: callers pass it straight to Array.map.)
 */
export function csvCell(value) {
    return csvQuoted(value, escapeControl);
}
/** A CSV cell whose line breaks are the tool's own (a fix snippet): they stay, quoted; everything else as csvCell. */
export function csvMultilineCell(value) {
    return csvQuoted(value, escapeControlKeepLines);
}
function csvQuoted(value, escape) {
    const raw = value === undefined ? '' : String(value);
    let text = escape(raw);
    // The guard looks at the raw text: a leading tab or CR is a formula lead even though it is then shown as \t or \r.
    if (/^[=+\-@\t\r]/.test(raw))
        text = `'${text}`;
    if (/[",\r\n]/.test(text))
        return `"${text.replace(/"/g, '""')}"`;
    return text;
}
