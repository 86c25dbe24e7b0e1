#!/usr/bin/env bash
# Proves the ways teams install and embed leakproof, on the committed HEAD:
#   a. npm pack → npm install -g <tarball> into an empty prefix → `leakproof scan examples/` exits 1
#   b. npm install -g git+file://<a clone of HEAD>, with npm 11 (this machine's) and npm 10:
#      once with --ignore-scripts (the lean install: no native build; npm -g
#      ignores --omit=optional), once with a native build of better-sqlite3
#      that fails (the install must still work, and history must say why not)
#   c. a fresh clone: `npm ci` then `npx leakproof scan examples/` runs the committed dist, no build
#   d. the tarball as a library: an ESM program, a CommonJS program (await import()),
#      and TypeScript consumers (strict; module nodenext and bundler) that import every exported type
# Everything happens in one temporary folder, removed at the end. Dependency
# tarballs come from npm's ordinary cache; npx gets a private empty cache, so
# that (c) shows it fetches and builds nothing. Prints times and sizes.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/leakproof-install-proofs.XXXXXX")
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true
npm_quiet=(--no-audit --no-fund --loglevel=error)
# The repository's own TypeScript (installed by npm ci), else the same version on its own.
tsc="$repo/node_modules/.bin/tsc"
if [ ! -x "$tsc" ]; then
  npm install --prefix "$work/typescript" typescript@5.9.3 "${npm_quiet[@]}" >/dev/null
  tsc="$work/typescript/node_modules/.bin/tsc"
fi

fail() { echo "install-proofs: FAIL: $*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }
size() { du -sh "$1" | cut -f1; }
# Runs the installed command on the bundled examples; findings there mean exit 1.
expect_findings() {
  local bin=$1 label=$2 code=0
  (cd "$work/clone" && "$bin" scan examples/ >"$work/scan.out" 2>"$work/scan.err") || code=$?
  [ "$code" = 1 ] || { cat "$work/scan.err" >&2; fail "$label: leakproof scan examples/ exited $code, expected 1"; }
  echo "  $label: leakproof scan examples/ exits 1 ($(tail -n 1 "$work/scan.out"))"
}

# Without a built better-sqlite3, a scan that asks for history still scans, and says what history needs.
has_node_sqlite=$(node -e "import('node:sqlite').then(() => console.log('yes'), () => console.log('no'))" 2>/dev/null || echo no)
expect_history_message() {
  local bin=$1 label=$2 code=0 db="$work/history-$RANDOM.db"
  (cd "$work/clone" && "$bin" scan examples/ --history "$db" >/dev/null 2>"$work/scan.err") || code=$?
  [ "$code" = 1 ] || { cat "$work/scan.err" >&2; fail "$label: scan --history without a built better-sqlite3 exited $code, expected 1"; }
  if [ "$has_node_sqlite" = yes ]; then
    [ -f "$db" ] || fail "$label: node:sqlite is available but no history was recorded"
  else
    grep -q 'run history needs Node 22.5+ (node:sqlite' "$work/scan.err" || { cat "$work/scan.err" >&2; fail "$label: no clear message about the missing SQLite driver"; }
  fi
}

echo "node $(node --version), npm $(npm --version)"
git clone -q "$repo" "$work/clone"
echo "HEAD $(git -C "$work/clone" log -1 --format='%h %s' | cut -c1-72)"
[ -f "$work/clone/dist/src/cli/main.js" ] || fail "dist/ is not committed at HEAD (run npm run build:dist and commit dist/)"

echo "== a. tarball"
start=$(now)
(cd "$work/clone" && npm pack --json --pack-destination "$work" >"$work/pack.json" 2>"$work/pack.err") || { cat "$work/pack.err" >&2; fail "npm pack"; }
tgz="$work/$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))[0].filename)' "$work/pack.json")"
node - "$work/pack.json" <<'EOF' || fail "tarball contents"
const [pack] = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const files = pack.files.map((f) => f.path);
const problems = [];
for (const must of ['package.json', 'LICENSE', 'README.md', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/cli/main.js', 'schema/leakproof-config.schema.json'])
  if (!files.includes(must)) problems.push(`missing ${must}`);
if (!files.some((f) => f.startsWith('dist/rules/') && f.endsWith('.js'))) problems.push('no built-in rules (dist/rules/*.js)');
if (!files.some((f) => f.startsWith('compliance/'))) problems.push('no compliance mappings');
for (const f of files) if (/\.map$|^(dist\/)?(bench|test)\/|^src\/|^rules\/.*\.ts$|^\.bench-build\//.test(f) && !f.endsWith('.d.ts')) problems.push(`should not ship ${f}`);
if (problems.length) { console.error(problems.join('\n')); process.exit(1); }
console.log(`  ${pack.filename}: ${(pack.size / 1024).toFixed(0)} KiB packed, ${(pack.unpackedSize / 1024 / 1024).toFixed(1)} MiB unpacked, ${pack.entryCount} files`);
EOF
echo "  npm pack: $(since "$start")"
start=$(now)
npm install -g "$tgz" --prefix "$work/prefix-tgz" "${npm_quiet[@]}" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "npm install -g <tarball>"; }
echo "  npm install -g <tarball>: $(since "$start"), prefix $(size "$work/prefix-tgz")"
expect_findings "$work/prefix-tgz/bin/leakproof" "tarball install"

echo "== b. git URL"
npm install --prefix "$work/npm10" npm@10 "${npm_quiet[@]}" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "installing npm@10 to test with"; }
npm10="$work/npm10/node_modules/.bin/npm"
# No prebuilt download and a compiler that always fails: better-sqlite3 cannot build.
broken_native=(env npm_config_build_from_source=true CC=false CXX=false)
for npm_bin in npm "$npm10"; do
  v=$("$npm_bin" --version)
  for mode in lean broken-native; do
    prefix="$work/prefix-git-$v-$mode"
    if [ "$mode" = lean ]; then run=("$npm_bin" install -g --ignore-scripts); else run=("${broken_native[@]}" "$npm_bin" install -g); fi
    start=$(now)
    "${run[@]}" "git+file://$work/clone" --prefix "$prefix" "${npm_quiet[@]}" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "npm $v install -g git+file:// ($mode)"; }
    echo "  npm $v install -g git+file://<clone> ($mode): $(since "$start"), prefix $(size "$prefix")"
    # npm "prepares" a git dependency with a build/prepare/prepack/install script, and a global install then links a temporary clone.
    [ ! -L "$prefix/lib/node_modules/leakproof" ] || fail "npm $v ($mode): installed as a link to $(readlink "$prefix/lib/node_modules/leakproof")"
    [ ! -e "$prefix/lib/node_modules/leakproof/node_modules/better-sqlite3/build/Release/better_sqlite3.node" ] || fail "npm $v ($mode): better-sqlite3 was built"
    expect_findings "$prefix/bin/leakproof" "git install, npm $v, $mode"
    expect_history_message "$prefix/bin/leakproof" "git install, npm $v, $mode"
  done
done
if [ "$has_node_sqlite" = yes ]; then echo "  without a built better-sqlite3: history recorded through node:sqlite"
else echo "  without a built better-sqlite3: scan --history still scans, and says: $(grep -o 'run history needs.*npm install better-sqlite3' "$work/scan.err" | head -n 1)"; fi
echo "== c. npx in a fresh clone"
git clone -q "$repo" "$work/fresh"
start=$(now)
(cd "$work/fresh" && npm ci "${npm_quiet[@]}" >"$work/install.log" 2>&1) || { cat "$work/install.log" >&2; fail "npm ci in a fresh clone"; }
echo "  npm ci: $(since "$start"), node_modules $(size "$work/fresh/node_modules")"
start=$(now)
code=0
(cd "$work/fresh" && npm_config_cache="$work/npx-cache" npx leakproof scan examples/ >"$work/scan.out" 2>"$work/scan.err") || code=$?
[ "$code" = 1 ] || { cat "$work/scan.err" >&2; fail "npx leakproof scan examples/ exited $code, expected 1"; }
echo "  npx leakproof scan examples/: exits 1 in $(since "$start"), npx cache $(size "$work/npx-cache" 2>/dev/null || echo 0)"
[ -z "$(git -C "$work/fresh" status --porcelain)" ] || { git -C "$work/fresh" status --short >&2; fail "the quick start left the clone changed (a rebuild?)"; }
echo "  the clone is unchanged (nothing was rebuilt)"

echo "== d. library consumers of the tarball"
consumer="$work/consumer"
mkdir -p "$consumer"
printf '{ "name": "consumer", "private": true, "type": "module" }\n' >"$consumer/package.json"
start=$(now)
(cd "$consumer" && npm install --omit=optional "$tgz" "${npm_quiet[@]}" >"$work/install.log" 2>&1) || { cat "$work/install.log" >&2; fail "npm install <tarball> into a project"; }
echo "  npm install --omit=optional <tarball> into a project: $(since "$start"), node_modules $(size "$consumer/node_modules")"

cat >"$consumer/esm.mjs" <<'EOF'
import assert from 'node:assert/strict';
import { failsGate, formatReport, scan, scanFiles, version } from 'leakproof';
const [examples] = process.argv.slice(2);
const report = await scan([examples]);
assert.ok(report.findings.length > 0 && failsGate(report.findings, 'high'), 'findings on the examples');
const memory = await scanFiles([{ path: 'infra/sg.tf', content: 'resource "aws_security_group" "a" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n' }]);
const ssh = memory.findings.find((f) => f.ruleId === 'LP-FW-002');
assert.equal(ssh?.location.file, 'infra/sg.tf');
assert.equal(JSON.parse(formatReport(memory, 'sarif')).version, '2.1.0');
console.log(`  ESM import: leakproof ${version}, ${report.findings.length} findings on examples/, in-memory finding at ${ssh.location.file}:${ssh.location.startLine}`);
EOF
node "$consumer/esm.mjs" "$work/clone/examples" || fail "ESM consumer"

cat >"$consumer/cjs.cjs" <<'EOF'
const assert = require('node:assert/strict');
// leakproof is ESM only: CommonJS loads it with import(), and require() is refused.
assert.throws(() => require('leakproof'), (e) => ['ERR_REQUIRE_ESM', 'ERR_PACKAGE_PATH_NOT_EXPORTED'].includes(e.code));
(async () => {
  const { scan } = await import('leakproof');
  const report = await scan([process.argv[2]]);
  assert.ok(report.findings.length > 0);
  console.log(`  CommonJS await import(): ${report.findings.length} findings; require() refused as documented`);
})().catch((e) => { console.error(e); process.exit(1); });
EOF
node "$consumer/cjs.cjs" "$work/clone/examples" || fail "CommonJS consumer"

# Every exported type, imported and used, with no @types/* in the consumer.
cat >"$consumer/consumer.ts" <<'EOF'
import {
  applyPolicy, CATEGORIES, failsGate, formatReport, LeakproofError, loadConfig, loadRules, REPORT_FORMATS, scan, scanFiles, SEVERITIES, version,
  type Baseline, type BaselineEntry, type Category, type ConfigError, type DeclarativeRule, type Finding, type FindingFilters,
  type FindingLocation, type FixSnippet, type FormatOptions, type InMemoryFile, type InputError, type LoadRulesOptions, type ModelKind, type ModelResource, type NotAssessed,
  type PolicyChange, type PolicyConfig, type PolicyOptions, type PolicyOutcome, type ReportFormat, type ReportSummary, type Rule,
  type RuleContext, type RuleResult, type RuleSet, type ScanOptions, type ScanReport, type Severity, type SkippedEntry,
  type UnusedSuppression, type Waiver,
} from 'leakproof';

export async function gate(paths: string[], files: InMemoryFile[]): Promise<boolean> {
  const options: LoadRulesOptions = { extra: [] };
  const rules: RuleSet = await loadRules(options);
  const first: Rule | undefined = rules.rules[0];
  const declarative: DeclarativeRule[] = rules.declarative;
  const scanOptions: ScanOptions = { rules, allowedJurisdictions: ['EU'] };
  const report: ScanReport = await scan(paths, scanOptions);
  const inMemory: ScanReport = await scanFiles(files, { policy: {} });
  let config: PolicyConfig | undefined;
  try {
    config = loadConfig('.leakproof.yaml');
  } catch (e) {
    if (e instanceof LeakproofError) {
      const problems: ConfigError[] = e.problems;
      void problems;
    }
  }
  const waivers: Waiver[] = config?.waivers ?? [];
  const entry: BaselineEntry = { fingerprint: 'f', ruleId: 'LP-DB-001', resource: 'r', file: 'main.tf' };
  const baseline: Baseline = { version: 1, tool: 'leakproof', findings: [entry] };
  const filters: FindingFilters = { severities: ['critical'] as Severity[] };
  const policy: PolicyOptions = { ...(config ? { config } : {}), baseline, filters, rules };
  const outcome: PolicyOutcome = applyPolicy(report, policy);
  const unused: UnusedSuppression[] = outcome.unused;
  const summary: ReportSummary = outcome.report.summary;
  const finding: Finding | undefined = outcome.report.findings[0];
  const location: FindingLocation | undefined = finding?.location;
  const fix: FixSnippet | undefined = finding?.remediation.snippet;
  const category: Category | undefined = finding?.category;
  const errors: InputError[] = inMemory.errors;
  const notAssessed: NotAssessed[] = report.notAssessed ?? [];
  const changes: PolicyChange[] = report.policyChanges ?? [];
  const skipped: SkippedEntry[] = report.skipped ?? [];
  const check: ((resource: ModelResource, ctx: RuleContext) => RuleResult[]) | undefined = first?.check;
  const kinds: ModelKind[] = first?.resourceKinds ?? [];
  const format: ReportFormat = REPORT_FORMATS[0];
  const formatOptions: FormatOptions = { rules, color: false };
  const text: string = formatReport(outcome.report, format, formatOptions);
  void [declarative, kinds, waivers, summary, location, fix, category, errors, notAssessed, changes, skipped, check, text, SEVERITIES, CATEGORIES, version];
  return failsGate(outcome.report.findings, 'high');
}
EOF
for resolution in nodenext bundler; do
  module=$([ "$resolution" = nodenext ] && echo nodenext || echo esnext)
  cat >"$consumer/tsconfig.$resolution.json" <<EOF
{ "compilerOptions": { "strict": true, "module": "$module", "moduleResolution": "$resolution", "target": "es2022", "lib": ["es2022"], "types": [], "noEmit": true, "skipLibCheck": false }, "files": ["consumer.ts"] }
EOF
  (cd "$consumer" && "$tsc" -p "tsconfig.$resolution.json") || fail "TypeScript consumer (moduleResolution $resolution)"
  echo "  TypeScript $("$tsc" --version | cut -d' ' -f2) consumer, strict, moduleResolution $resolution: types check"
done
echo "install-proofs: all install paths work"
