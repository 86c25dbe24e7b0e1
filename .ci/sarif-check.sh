#!/usr/bin/env bash
# SARIF that GitHub code scanning accepts, checked on three real runs:
#   1. `scan examples/` from the repository root,
#   2. `scan .` started inside examples/incident-2019 (URIs must still be from the root),
#   3. `audit aws` against the local fake AWS endpoint (every result must point
#      at a file: the inventory written beside the SARIF file).
# Each file is validated against the SARIF 2.1.0 schema (the copy shipped in
# @microsoft/jest-sarif) and checked for what GitHub needs beyond it; then, if
# it can be installed here, with Microsoft's SARIF multitool and its GitHub
# ingestion rules (GH1001-GH1007, SARIF2007).
#
#   .ci/sarif-check.sh              uses the committed dist/
#   LEAKPROOF=path/to/main.js .ci/sarif-check.sh   uses that build instead
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true NO_COLOR=1

# The committed build (.ci/dist-fresh.sh checks it matches the sources).
LEAKPROOF="${LEAKPROOF:-$root/dist/src/cli/main.js}"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
leakproof() { node "$LEAKPROOF" "$@"; }
# Exit code 1 (findings) is what these inputs should give; anything else is a failure.
expect_findings() { local code=0; "$@" || code=$?; [ "$code" = 1 ] || { echo "sarif-check: FAILED: '$*' exited $code (expected 1: findings)" >&2; exit 1; }; }

echo "== SARIF from examples/ (repository root)"
expect_findings leakproof scan examples/ --no-config --quiet --format "sarif=$work/root.sarif"

echo "== SARIF from a subfolder (cwd examples/incident-2019)"
(cd examples/incident-2019 && expect_findings leakproof scan . --no-config --quiet --format "sarif=$work/sub.sarif")

echo "== SARIF of a live audit (fake AWS endpoint)"
# The endpoint and its incident account are TypeScript test support: compile them on their own.
mkdir -p "$work/endpoint"
echo '{"type":"module"}' > "$work/endpoint/package.json"
ln -s "$root/node_modules" "$work/endpoint/node_modules"
npx tsc --outDir "$work/endpoint/out" --rootDir "$root" --module nodenext --moduleResolution nodenext --target es2022 --skipLibCheck --types node \
  test/support/aws-endpoint/incident-account.ts bench/support/aws-endpoint/server.ts
cat > "$work/endpoint/serve.js" <<'EOF'
import { startFakeAws } from './out/bench/support/aws-endpoint/server.js';
import { incidentAccount } from './out/test/support/aws-endpoint/incident-account.js';
const endpoint = await startFakeAws({ accounts: [incidentAccount()] });
process.stdout.write(endpoint.url + '\n');
process.on('SIGTERM', () => void endpoint.close().then(() => process.exit(0)));
EOF
node "$work/endpoint/serve.js" > "$work/endpoint/url" &
server_pid=$!
for _ in $(seq 1 50); do [ -s "$work/endpoint/url" ] && break; sleep 0.2; done
[ -s "$work/endpoint/url" ] || { echo "sarif-check: FAILED: the fake AWS endpoint did not start" >&2; exit 1; }
mkdir -p "$work/audit"
(
  cd "$work/audit"
  export AWS_ENDPOINT_URL="$(cat "$work/endpoint/url")" AWS_ACCESS_KEY_ID=AKIAINCIDENTFAKE0001 AWS_SECRET_ACCESS_KEY=fake-secret AWS_REGION=us-west-2 \
    AWS_CONFIG_FILE="$work/none" AWS_SHARED_CREDENTIALS_FILE="$work/none" AWS_EC2_METADATA_DISABLED=true
  expect_findings leakproof audit aws --regions us-west-2 --no-config --no-history --format sarif=aws.sarif
)

echo "== schema and GitHub shape"
node --input-type=module - "$work/root.sarif" "$work/sub.sarif" "$work/audit/aws.sarif" <<'EOF'
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
const require = createRequire(path.join(process.cwd(), 'package.json'));
const AjvModule = require('ajv-draft-04');
const Ajv = AjvModule.default ?? AjvModule;
const formatsModule = require('ajv-formats');
const addFormats = formatsModule.default ?? formatsModule;
const schemaFile = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
const [rootFile, subFile, auditFile] = process.argv.slice(2);
const problems = [];
const uris = {};
for (const file of [rootFile, subFile, auditFile]) {
  const log = JSON.parse(readFileSync(file, 'utf8'));
  if (!validate(log)) problems.push(...validate.errors.map((e) => `${file}: schema: ${e.instancePath} ${e.message}`));
  const run = log.runs[0];
  const base = run.originalUriBaseIds?.['%SRCROOT%']?.uri;
  if (!base?.startsWith('file:///') || !base.endsWith('/')) problems.push(`${file}: %SRCROOT% is ${base}`);
  if (!run.automationDetails?.id?.endsWith('/')) problems.push(`${file}: no automationDetails.id ending in /`);
  if (!run.tool.driver.informationUri) problems.push(`${file}: no tool.driver.informationUri`);
  if (!run.results.length) problems.push(`${file}: no results`);
  for (const rule of run.tool.driver.rules) if (!/^\d+\.\d$/.test(rule.properties?.['security-severity'] ?? '')) problems.push(`${file}: rule ${rule.id} has no security-severity`);
  uris[file] = [];
  for (const [i, r] of run.results.entries()) {
    const a = r.locations?.[0]?.physicalLocation?.artifactLocation;
    if (!a) { problems.push(`${file}: results[${i}] has no physical location`); continue; }
    if (a.uriBaseId !== '%SRCROOT%' || a.uri.startsWith('../') || /^[a-z]+:/.test(a.uri)) problems.push(`${file}: results[${i}] URI ${a.uri} is not under %SRCROOT%`);
    if (!(r.locations[0].physicalLocation.region?.startLine > 0)) problems.push(`${file}: results[${i}] has no start line`);
    if (r.suppressions) problems.push(`${file}: results[${i}] is suppressed but was uploaded`);
    if (/\n/.test(r.message.text)) problems.push(`${file}: results[${i}] message.text spans lines`);
    uris[file].push(`${r.ruleId} ${a.uri}:${r.locations[0].physicalLocation.region?.startLine}`);
    if (file === auditFile && !existsSync(path.join(path.dirname(auditFile), decodeURIComponent(a.uri)))) problems.push(`${file}: results[${i}] points at ${a.uri}, which was not written`);
  }
  console.log(`sarif-check: ${path.basename(file)}: ${run.results.length} results, category ${run.automationDetails?.id}, schema ${problems.length ? 'see below' : 'valid'}`);
}
// The subfolder scan must place its findings exactly where the root scan places the same ones.
const fromRoot = new Set(uris[rootFile]);
const misplaced = uris[subFile].filter((u) => !u.includes(' examples/incident-2019/') || !fromRoot.has(u));
if (misplaced.length) problems.push(`subfolder scan URIs differ from the root scan's: ${misplaced.slice(0, 3).join('; ')}`);
if (problems.length) { for (const p of problems) console.error(`sarif-check: FAILED: ${p}`); process.exit(1); }
console.log('sarif-check: all three validate against SARIF 2.1.0; every result has a file and line under %SRCROOT%, none suppressed; the subfolder scan matches the root scan');
EOF

echo "== SARIF multitool (GitHub ingestion rules)"
if npm install --prefix "$work/multitool" --no-save --no-audit --no-fund --loglevel=error @microsoft/sarif-multitool-linux@5.7.0 >/dev/null 2>&1 \
  && [ -x "$work/multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool" ]; then
  mt="$work/multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
  # The GitHub rules are off by default; this policy turns them on as errors.
  cat > "$work/github-rules.xml" <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key='SARIF2007.ExpressPathsRelativeToRepoRoot.Options'><Property Key='RuleEnabled' Value='Error' /></Properties>
  <Properties Key='GH1001.ProvideRequiredLocationProperties.Options'><Property Key='RuleEnabled' Value='Error' /></Properties>
  <Properties Key='GH1002.InlineThreadFlowLocations.Options'><Property Key='RuleEnabled' Value='Error' /></Properties>
  <Properties Key='GH1003.ProvideRequiredRegionProperties.Options'><Property Key='RuleEnabled' Value='Error' /></Properties>
  <Properties Key='GH1004.ReviewArraysThatExceedConfigurableDefaults.Options'><Property Key='RuleEnabled' Value='Error' /></Properties>
  <Properties Key='GH1005.LocationsMustBeRelativeUrisOrFilePaths.Options'><Property Key='RuleEnabled' Value='Error' /></Properties>
  <Properties Key='GH1006.ProvideCheckoutPath.Options'><Property Key='RuleEnabled' Value='Error' /></Properties>
  <Properties Key='GH1007.ProvideFullyFormattedMessageStrings.Options'><Property Key='RuleEnabled' Value='Error' /></Properties>
</Properties>
EOF
  for f in "$work/root.sarif" "$work/sub.sarif" "$work/audit/aws.sarif"; do
    # --quiet: the multitool's console logger crashes formatting some of its own GitHub-rule messages; the log file is complete.
    "$mt" validate "$f" --rule-kind "Gh;Sarif" --config "$work/github-rules.xml" --quiet true --output "$f.validation.sarif" --log ForceOverwrite
    node --input-type=module - "$f.validation.sarif" "$(basename "$f")" <<'EOF'
import { readFileSync } from 'node:fs';
const [file, name] = process.argv.slice(2);
const run = JSON.parse(readFileSync(file, 'utf8')).runs[0];
const rules = new Map((run.tool.driver.rules ?? []).map((r) => [r.id, r]));
const levelOf = (r) => r.level ?? rules.get(r.ruleId)?.defaultConfiguration?.level ?? 'warning';
const crashes = (run.invocations?.[0]?.toolExecutionNotifications ?? []).filter((n) => n.level === 'error');
for (const r of run.results ?? []) console.log(`sarif-check: ${name}: multitool ${levelOf(r)} ${r.ruleId} ${JSON.stringify(r.message.arguments ?? r.message.text)}`);
const errors = (run.results ?? []).filter((r) => levelOf(r) === 'error');
if (crashes.length) { console.error(`sarif-check: FAILED: ${name}: the multitool did not finish: ${crashes[0].message.text.split('\n')[0]}`); process.exit(1); }
if (errors.length) { console.error(`sarif-check: FAILED: ${name}: ${errors.length} multitool error(s)`); process.exit(1); }
console.log(`sarif-check: ${name}: multitool GitHub rules: ${errors.length} errors, ${(run.results ?? []).length} findings in all`);
EOF
  done
else
  echo "sarif-check: SKIPPED: the SARIF multitool (@microsoft/sarif-multitool-linux 5.7.0) could not be installed here; schema and shape checks above still ran"
fi
echo "sarif-check: OK"
