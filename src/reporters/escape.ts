/**
 * Escaping for each output syntax. Findings quote attacker-controlled text from
 * scanned files (resource names, tags, policy documents), so every string that
 * enters a report goes through one of these.
 */

/** XML 1.0 forbids most control characters even when escaped; drop them (and lone surrogates). */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * JSON for an inline <script> block: `</script>`, `<!--` and the JS line
 * separators cannot end the block or the string early.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Markdown text for a GitHub/GitLab comment: markdown syntax is escaped, HTML is
 * neutralised, and `@name` cannot notify anyone. Newlines become spaces so the
 * text stays inside a table cell or list item.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    .replace(/@/g, '&#64;');
}

/** A fenced code block whose fence is longer than any backtick run inside, so the code cannot close it. */
export function markdownCodeBlock(code: string, language = ''): string {
  const longestRun = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language.replace(/[^A-Za-z0-9_-]/g, '')}\n${code.replace(/\r\n?/g, '\n').trimEnd()}\n${fence}`;
}

/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet: a cell that starts with
 * = + - @ tab or CR would be read as a formula, so it gets a leading quote.
 */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  if (/[",\r\n]/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}
