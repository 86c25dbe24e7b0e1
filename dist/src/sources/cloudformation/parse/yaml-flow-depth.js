/**
 * The yaml package parses flow collections (`[ ... ]`, `{ ... }`) by
 * recursion, so a file of a hundred thousand nested brackets overflows the
 * stack before any depth limit can be applied to the parsed tree. This linear
 * pre-scan finds where flow nesting first exceeds the limit, so that such a
 * file is refused with a position before it is parsed.
 */
/** The offset at which flow nesting first goes deeper than `maxDepth`, or undefined. */
export function flowNestingTooDeep(text, maxDepth) {
    let depth = 0;
    // At depth 0 a bracket opens a collection only where a value can start (after `:`, `-`, `?`, `,` or a tag, or at the start of a line).
    let valueCanStart = true;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n') {
            valueCanStart = true;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r')
            continue;
        if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
            const end = text.indexOf('\n', i);
            if (end < 0)
                return undefined;
            i = end - 1;
            continue;
        }
        if ((c === '"' || c === "'") && (depth > 0 || valueCanStart)) {
            i = endOfQuoted(text, i, c);
            valueCanStart = false;
            continue;
        }
        if ((c === '[' || c === '{') && (depth > 0 || valueCanStart)) {
            if (++depth > maxDepth)
                return i;
            valueCanStart = true;
            continue;
        }
        if ((c === ']' || c === '}') && depth > 0) {
            depth--;
            valueCanStart = false;
            continue;
        }
        if (c === '!') {
            // A tag (`!Sub`, `!!str`) is followed by the value it tags.
            while (i + 1 < text.length && !/\s/.test(text[i + 1]))
                i++;
            valueCanStart = true;
            continue;
        }
        valueCanStart = c === ':' || c === '-' || c === '?' || c === ',';
    }
    return undefined;
}
function endOfQuoted(text, start, quote) {
    for (let i = start + 1; i < text.length; i++) {
        const c = text[i];
        if (quote === '"' && c === '\\')
            i++;
        else if (c === quote) {
            if (quote === "'" && text[i + 1] === "'")
                i++;
            else
                return i;
        }
    }
    return text.length;
}
