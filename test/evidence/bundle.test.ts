import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../support/run-cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'leakproof-evidence-'));
const at = (name: string) => path.join(tmp, name);

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

const sha256sumCheck = (dir: string) => spawnSync('sha256sum', ['-c', 'MANIFEST.sha256'], { cwd: dir, encoding: 'utf8' });

function keyPair(name: string): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const priv = at(`${name}.pem`);
  const pub = at(`${name}.pub.pem`);
  writeFileSync(priv, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(pub, publicKey.export({ type: 'spki', format: 'pem' }));
  return { privateKey: priv, publicKey: pub };
}

describe('evidence bundle of a scan', () => {
  test('examples/: every part is there, sha256sum -c and evidence verify accept it', async () => {
    const dir = at('examples');
    const run = await runCli(['scan', 'examples', '--no-history', '--format', 'json', '--evidence', dir, '--var', 'db_password=hunter2']);
    expect(run.code).toBe(1); // the examples have findings; evidence does not change the exit code
    expect(listFiles(dir)).toEqual([
      'MANIFEST.sha256',
      'README.md',
      ...['cis-alicloud', 'cis-aws', 'gdpr', 'iso-27001', 'nist-800-53', 'pci-dss', 'soc2', 'summary'].flatMap((f) => [`controls/${f}.csv`, `controls/${f}.md`]),
      'findings.csv',
      'findings.json',
      'inventory.json',
      'run.json',
      'waivers.csv',
      'waivers.json',
    ]);
    const check = sha256sumCheck(dir);
    expect(check.status).toBe(0);
    expect(check.stdout.trim().split('\n')).toHaveLength(listFiles(dir).length - 1);
    const verify = await runCli(['evidence', 'verify', dir]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toBe(`OK: ${listFiles(dir).length - 1} files match MANIFEST.sha256; not signed\n`);

    // The findings are the JSON report's; the metadata says what, when and how.
    expect(JSON.parse(readFileSync(path.join(dir, 'findings.json'), 'utf8'))).toEqual(JSON.parse(run.stdout));
    const meta = JSON.parse(readFileSync(path.join(dir, 'run.json'), 'utf8'));
    expect(meta).toMatchObject({
      leakproofEvidence: 1,
      source: 'scan',
      covered: { paths: ['examples'] },
      ruleSet: { hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), rules: expect.arrayContaining(['LP-DB-001', 'LP-RES-001']) },
      startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      finishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      notAssessed: [],
    });
    // Secrets never reach the bundle.
    expect(meta.command).toContain("--var 'db_password=***'");
    for (const f of listFiles(dir)) expect([f, readFileSync(path.join(dir, f), 'utf8').includes('hunter2')]).toEqual([f, false]);

    // The inventory lists the scanned files with their hashes, and the resources read from them.
    const inventory = JSON.parse(readFileSync(path.join(dir, 'inventory.json'), 'utf8'));
    expect(inventory.kind).toBe('iac');
    expect(inventory.files.find((f: { path: string }) => f.path === 'examples/incident-2019/search.tf')).toEqual({
      path: 'examples/incident-2019/search.tf',
      sha256: spawnSync('sha256sum', ['examples/incident-2019/search.tf'], { encoding: 'utf8' }).stdout.split(' ')[0],
      bytes: readFileSync('examples/incident-2019/search.tf').length,
    });
    expect(inventory.resources.some((r: { address: string; file: string }) => r.address === 'aws_elasticsearch_domain.device_logs' && r.file === 'examples/incident-2019/search.tf')).toBe(true);

    // Control status: the incident fails CIS AWS 6.3 (SSH from 0.0.0.0/0) with the finding behind it; 3.1.1 is honestly not covered.
    const cis = readFileSync(path.join(dir, 'controls/cis-aws.csv'), 'utf8');
    expect(cis).toMatch(/^6\.3,Ensure no security groups allow ingress from 0\.0\.0\.0\/0 to remote server administration ports,6 Networking,fail,1 open finding,full,.*LP-FW-002 aws_security_group\.db \(examples\/incident-2019\/network\.tf:\d+\)/m);
    expect(cis).toMatch(/^3\.1\.1,.*,not covered,/m);
    expect(readFileSync(path.join(dir, 'controls/gdpr.md'), 'utf8')).toContain('| Art. 44 | General principle for transfers | ❌ fail |');
  });

  test('two runs over the same input differ only in run.json (its times) and that line of the manifest', async () => {
    await runCli(['scan', 'examples', '--no-history', '--evidence', at('same-1')]);
    await runCli(['scan', 'examples', '--no-history', '--evidence', at('same-2')]);
    const a = listFiles(at('same-1'));
    expect(listFiles(at('same-2'))).toEqual(a);
    const differing = a.filter((f) => !readFileSync(path.join(at('same-1'), f)).equals(readFileSync(path.join(at('same-2'), f))));
    expect(differing).toEqual(['MANIFEST.sha256', 'run.json']);
    const lines = (d: string) => readFileSync(path.join(at(d), 'MANIFEST.sha256'), 'utf8').split('\n');
    expect(lines('same-1').filter((l, i) => l !== lines('same-2')[i]).map((l) => l.slice(66))).toEqual(['run.json']);
    // Apart from times and the bundle's own name on the command line, run.json is the same too.
    const strip = (d: string) => {
      const meta = JSON.parse(readFileSync(path.join(at(d), 'run.json'), 'utf8'));
      return { ...meta, startedAt: null, finishedAt: null, command: null, argv: null };
    };
    expect(strip('same-1')).toEqual(strip('same-2'));
  });

  test('a changed, removed or added file is detected, by evidence verify and by sha256sum -c', async () => {
    for (const [name, tamper, message] of [
      ['tamper-changed', (d: string) => appendFileSync(path.join(d, 'findings.csv'), 'low,LP-XX-000\r\n'), 'FAILED: findings.csv: content changed (SHA-256 does not match the manifest)'],
      ['tamper-removed', (d: string) => rmSync(path.join(d, 'controls/pci-dss.md')), 'FAILED: controls/pci-dss.md: listed in the manifest but missing'],
      ['tamper-added', (d: string) => writeFileSync(path.join(d, 'controls/extra.csv'), 'x'), 'FAILED: controls/extra.csv: not listed in the manifest (added after the bundle was made)'],
    ] as const) {
      const dir = at(name);
      await runCli(['scan', 'examples/incident-2019', '--no-history', '--evidence', dir]);
      expect((await runCli(['evidence', 'verify', dir])).code).toBe(0);
      tamper(dir);
      const verify = await runCli(['evidence', 'verify', dir]);
      expect(verify.code).toBe(1);
      expect(verify.stdout).toContain(message);
      expect(verify.stdout).toMatch(/^FAILED: \d+ files match MANIFEST\.sha256; not signed$/m);
      if (name !== 'tamper-added') expect(sha256sumCheck(dir).status).not.toBe(0);
    }
  });

  test('--sign-key signs the manifest; verify checks it against the key given, and a forged manifest fails', async () => {
    const signer = keyPair('signer');
    const other = keyPair('other');
    const dir = at('signed');
    const run = await runCli(['scan', 'examples/incident-2019', '--no-history', '--evidence', dir, '--sign-key', signer.privateKey]);
    expect(run.code).toBe(1);
    expect(existsSync(path.join(dir, 'MANIFEST.sha256.sig'))).toBe(true);
    expect(readFileSync(path.join(dir, 'signing-key.pub.pem'), 'utf8')).toBe(readFileSync(signer.publicKey, 'utf8'));
    const ok = await runCli(['evidence', 'verify', dir, '--public-key', signer.publicKey]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^OK: \d+ files match MANIFEST\.sha256; signature valid \(key SHA256:[0-9a-f]{64}\)$/m);
    // Without --public-key it still checks, against the key shipped inside, and says so.
    expect((await runCli(['evidence', 'verify', dir])).stdout).toContain('the key inside the bundle: compare its fingerprint with one you trust');
    // Another key: the signature does not verify.
    const wrong = await runCli(['evidence', 'verify', dir, '--public-key', other.publicKey]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain('FAILED: MANIFEST.sha256.sig does not verify with');
    // A forger edits a file and rewrites its manifest line: hashes agree again, the signature does not.
    const csv = path.join(dir, 'findings.csv');
    writeFileSync(csv, 'severity,rule_id\r\n');
    const hash = spawnSync('sha256sum', ['findings.csv'], { cwd: dir, encoding: 'utf8' }).stdout.split(' ')[0]!;
    const manifest = path.join(dir, 'MANIFEST.sha256');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^[0-9a-f]{64}(  findings\.csv)$/m, `${hash}$1`));
    expect(sha256sumCheck(dir).status).toBe(0);
    const forged = await runCli(['evidence', 'verify', dir, '--public-key', signer.publicKey]);
    expect(forged.code).toBe(1);
    expect(forged.stdout).toContain('FAILED: MANIFEST.sha256.sig does not verify');
  });

  test('a .tar.gz bundle: tar extracts it, sha256sum -c accepts it, verify reads it in place', async () => {
    const archive = at('nightly-2026-11-27.tar.gz');
    const run = await runCli(['scan', 'examples/incident-2019', '--no-history', '--evidence', archive]);
    expect(run.code).toBe(1);
    expect((await runCli(['evidence', 'verify', archive])).code).toBe(0);
    const out = at('extracted');
    mkdirSync(out);
    expect(spawnSync('tar', ['-xzf', archive, '-C', out]).status).toBe(0);
    expect(readdirSync(out)).toEqual(['nightly-2026-11-27']);
    expect(sha256sumCheck(path.join(out, 'nightly-2026-11-27')).status).toBe(0);
    const listing = spawnSync('tar', ['-tzvf', archive], { encoding: 'utf8' }).stdout;
    expect(listing).toMatch(/^-rw-r--r-- 0\/0 .* nightly-2026-11-27\/MANIFEST\.sha256$/m);
  });

  test('nothing is overwritten, and problems are found before the scan', async () => {
    const dir = at('occupied');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    const run = await runCli(['scan', 'examples/incident-2019', '--no-history', '--evidence', dir, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(''); // no scan happened
    expect(run.stderr).toMatch(/occupied is not empty; give a new folder/);
    const noKey = await runCli(['scan', 'examples/incident-2019', '--no-history', '--evidence', at('nokey'), '--sign-key', at('absent.pem')]);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/cannot read the signing key .*absent\.pem: ENOENT/);
    const rsa = at('rsa.pem');
    writeFileSync(rsa, generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
    expect((await runCli(['scan', 'examples/incident-2019', '--no-history', '--evidence', at('rsa'), '--sign-key', rsa])).stderr).toMatch(/is a rsa key; evidence is signed with Ed25519/);
    expect((await runCli(['evidence', 'verify', at('does-not-exist')])).code).toBe(2);
  });

  test('evidence --from a JSON report', async () => {
    const report = at('report.json');
    await runCli(['scan', 'examples/incident-2019', '--no-history', '--format', 'json', '-o', report]);
    const run = await runCli(['evidence', '--from', report, '-o', at('from-report')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`evidence written to ${at('from-report')}\n`);
    expect(sha256sumCheck(at('from-report')).status).toBe(0);
    const meta = JSON.parse(readFileSync(path.join(at('from-report'), 'run.json'), 'utf8'));
    expect(meta.source).toBe('report');
    expect(JSON.parse(readFileSync(path.join(at('from-report'), 'findings.json'), 'utf8')).notes.at(-1)).toMatch(/the rules that ran are taken to be this leakproof's/);
    expect((await runCli(['evidence', '--from', 'package.json', '-o', at('not-a-report')])).stderr).toMatch(/is not a leakproof JSON report/);
  });
});
