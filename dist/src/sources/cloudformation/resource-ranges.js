/**
 * The line ranges of a template's resource declarations (logical id line to
 * the end of its body), for tools that match a finding to "the resource block
 * that contains a line" — the benchmark's line agreement, editors. Files that
 * are not templates have none.
 */
import { asTemplate, readDocuments } from './parse/template-file.js';
export function templateResourceRanges(text, file = 'template') {
    const parsed = readDocuments(text, file);
    if (!parsed.ok)
        return [];
    const out = [];
    for (const doc of parsed.documents) {
        const template = asTemplate(doc);
        if (!template)
            continue;
        for (const [logicalId, declaration] of template.resources.entries)
            if (declaration.loc)
                out.push({ logicalId, start: declaration.loc.startLine, end: declaration.loc.endLine });
    }
    return out;
}
