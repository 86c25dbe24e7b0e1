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
/** One line of text with every control, separator and bidi character shown as an escape (`\x1b`, `\n`, `\u202e`). */
export declare function escapeControl(text: string): string;
/**
 * Multi-line text (a remediation snippet) whose line breaks are kept: CRLF and
 * CR become LF, and every other control character is shown as an escape.
 */
export declare function escapeControlKeepLines(text: string): string;
/** An XML attribute value or one-line text. */
export declare function escapeXml(text: string): string;
/**
 * Multi-line XML text content whose line breaks are the tool's own; every
 * scanned piece in it must have been through escapeControl already, so that a
 * line break in a file name cannot forge a line.
 */
export declare function escapeXmlLines(text: string): string;
export declare function escapeHtml(text: string): string;
/** HTML for a <pre> block: the tool's line breaks kept, everything else as escapeHtml. */
export declare function escapeHtmlLines(text: string): string;
/**
 * JSON for an inline <script> block: `</script>`, `<!--` and the JS line
 * separators cannot end the block or the string early.
 */
export declare function jsonForScript(value: unknown): string;
/**
 * Markdown text for a GitHub/GitLab comment: control characters are shown as
 * escapes (so a line break stays inside its table cell or list item), markdown
 * syntax is escaped, HTML is neutralised, and `@name` cannot notify anyone.
 */
export declare function escapeMarkdown(text: string): string;
/**
 * Inline code for Markdown, written as HTML so that a backtick cannot end it;
 * `|` would split a table cell and `@` would notify someone.
 */
export declare function markdownInlineCode(text: string): string;
/** A fenced code block whose fence is longer than any backtick run inside, so the code cannot close it. */
export declare function markdownCodeBlock(code: string, language?: string): string;
/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet: control characters
 * are shown as escapes, so a cell is always one line, and a cell that starts
 * with = + - @ tab or CR would be read as a formula, so it gets a leading quote.
 * (One parameter only: callers pass it straight to Array.map.)
 */
export declare function csvCell(value: string | number | undefined): string;
/** A CSV cell whose line breaks are the tool's own (a fix snippet): they stay, quoted; everything else as csvCell. */
export declare function csvMultilineCell(value: string | number | undefined): string;
