import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
/** The version in leakproof's package.json, found upward from this file (works from src/ and dist/src/). */
function readVersion() {
    let dir = path.dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 5; i++) {
        const candidate = path.join(dir, 'package.json');
        if (existsSync(candidate)) {
            const pkg = JSON.parse(readFileSync(candidate, 'utf8'));
            if (pkg.name === 'leakproof' && pkg.version)
                return pkg.version;
        }
        dir = path.dirname(dir);
    }
    return '0.0.0';
}
export const TOOL_NAME = 'leakproof';
export const TOOL_VERSION = readVersion();
