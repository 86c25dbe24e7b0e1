/**
 * The inventory snapshot of an IaC scan: every input file with its SHA-256
 * and size (so an auditor can tell exactly which version of the code was
 * judged), and the resources the sources read from them, with where each is
 * declared. The inputs are read again with the same options as the scan;
 * this only happens when evidence is asked for. A saved live inventory among
 * the inputs contributes its records and what it covered.
 */
import { readFileSync, statSync } from 'node:fs';
import { loadUnitSources } from '../sources/load-unit.js';
import { looksLikeInventory, readInventory } from '../sources/live/inventory.js';
import { createParseCache } from '../sources/terraform/load.js';
import { walkInputs } from '../sources/walk.js';
import { byPath, sha256Hex } from './manifest.js';
function regionText(r) {
    return r.region.t === 'string' ? r.region.v : null;
}
export function iacInventory(paths, options) {
    const roots = paths.length ? paths : ['.'];
    const walked = walkInputs(roots);
    const cache = createParseCache();
    const files = new Set();
    const resources = [];
    const providers = new Set();
    const liveInventories = [];
    for (const unit of walked.units) {
        for (const f of unit.files)
            files.add(f);
        for (const f of unit.files.filter((name) => /\.json$/i.test(name))) {
            const text = readFileSync(f, 'utf8');
            if (!looksLikeInventory(text))
                continue;
            const read = readInventory(f, text);
            if ('error' in read)
                continue; // the scan reported it as an input error
            const { outcome } = read;
            liveInventories.push({
                path: f,
                provider: outcome.provider,
                accounts: outcome.coverage.accounts,
                regions: outcome.coverage.regions,
                startedAt: outcome.startedAt,
                finishedAt: outcome.finishedAt,
                notAssessed: outcome.coverage.notAssessed.length,
            });
            for (const r of outcome.resources) {
                if (r.kind !== 'data-flow')
                    providers.add(r.provider);
                resources.push({ address: r.id, type: r.sourceType, provider: r.provider, region: r.region.known ? r.region.value : null, file: f, line: 0, deployment: null, dataSource: false });
            }
        }
        const loaded = loadUnitSources(unit, { ...options, cache });
        for (const r of loaded.resources) {
            if (!r.isData && r.provider !== 'other')
                providers.add(r.provider);
            resources.push({
                address: r.address,
                type: r.type,
                provider: r.provider,
                region: regionText(r),
                file: r.loc.file,
                line: r.loc.startLine,
                deployment: r.root ?? null,
                dataSource: !!r.isData,
            });
        }
    }
    const fileList = [...files].sort(byPath).map((p) => {
        const data = readFileSync(p);
        return { path: p, sha256: sha256Hex(data), bytes: statSync(p).size };
    });
    resources.sort((a, b) => byPath(a.file, b.file) || a.line - b.line || byPath(a.address, b.address));
    // Two path arguments can cover the same file: list each resource once.
    const unique = resources.filter((r, i) => i === 0 || JSON.stringify(r) !== JSON.stringify(resources[i - 1]));
    liveInventories.sort((a, b) => byPath(a.path, b.path));
    return { inventory: { kind: 'iac', paths: roots, files: fileList, liveInventories, resources: unique }, providers };
}
