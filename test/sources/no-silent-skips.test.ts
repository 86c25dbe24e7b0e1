/**
 * Nothing is passed over silently: a broken template or plan (minified ones
 * included) is an error at file:line:column; symlinks not followed, special
 * files and oversize files are in the report's `skipped` and counted; a path
 * with no input at all is a warning.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { scanPaths } from '../../src/scan.js';
import { detectFormat } from '../../src/sources/detect.js';
import { DEFAULT_MAX_FILE_BYTES, walkInputs } from '../../src/sources/walk.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'leakproof-skips-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(nodePath.dirname(nodePath.join(dir, name)), { recursive: true });
    fs.writeFileSync(nodePath.join(dir, name), content);
  }
  return nodePath.relative(process.cwd(), dir);
}

const OPEN_SG = '"Ssh":{"Type":"AWS::EC2::SecurityGroup","Properties":{"SecurityGroupIngress":[{"IpProtocol":"tcp","FromPort":22,"ToPort":22,"CidrIp":"0.0.0.0/0"}]}}';

describe('broken templates and plans are errors at file:line:column', () => {
  // Every row has all four fields: jest passes a callback `done` in place of a missing one.
  const cases: Array<[string, string, string, number]> = [
    // name, text, how the message starts, the exact column (0: somewhere inside the line, past the start)
    ['a minified CloudFormation template with a stray token', `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{${OPEN_SG}} x}`, 'invalid JSON', 0],
    ['a minified template without a format version', `{"Resources":{${OPEN_SG},,}}`, 'invalid JSON', 0],
    ['a minified ROS template', '{"ROSTemplateFormatVersion":"2015-09-01","Resources":{"Db":{"Type":"ALIYUN::RDS::DBInstance" "Properties":{}}}}', 'invalid JSON', 0],
    ['a minified plan', '{"format_version":"1.2","planned_values":{"root_module":{"resources":[}}}', 'invalid plan JSON', 0],
    ['a plan saved after other output', 'Acquiring state lock... {"format_version":"1.2","resource_changes":[]}', 'invalid plan JSON', 1],
  ];

  test.each(cases)('%s', async (_name, text, message, column) => {
    const dir = tree({ 'input.json': text });
    const report = await scanPaths([dir]);
    expect(report.errors).toHaveLength(1);
    const error = report.errors[0]!;
    expect(error.file).toBe(`${dir}/input.json`);
    expect(error.message.startsWith(message)).toBe(true);
    expect(error.line).toBe(1);
    // The column points into the one line, at or just before the mistake (not at the start of the file).
    if (column > 0) expect(error.column).toBe(column);
    else {
      expect(error.column).toBeGreaterThan(10);
      expect(error.column).toBeLessThanOrEqual(text.length + 1);
    }
    expect(report.warnings ?? []).toEqual([]);
  });

  test('the column is the mistake\'s own: a missing comma in a minified template', async () => {
    const text = '{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"A":{"Type":"AWS::S3::Bucket"} "B":{}}}';
    const dir = tree({ 'stack.json': text });
    const [error] = (await scanPaths([dir])).errors;
    expect(error).toMatchObject({ file: `${dir}/stack.json`, line: 1, column: text.indexOf(' "B"') + 2, message: expect.stringMatching(/^invalid JSON/) });
  });

  test('a YAML template with a syntax error keeps its line', async () => {
    const dir = tree({ 'stack.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties: [unclosed\n' });
    const report = await scanPaths([dir]);
    expect(report.errors).toEqual([expect.objectContaining({ file: `${dir}/stack.yaml`, line: expect.any(Number), message: expect.stringMatching(/^invalid YAML/) })]);
  });

  test('JSON that only mentions the words is not claimed', () => {
    expect(detectFormat('notes.json', '{"text": "we moved Resources off AWS::EC2 last year" ')).toBeUndefined();
    expect(detectFormat('package.json', '{"name": "x", "version": "1.0.0"}')).toBeUndefined();
  });
});

describe('skipped entries are reported and counted', () => {
  test('a FIFO, a link out of the tree, a dangling link and a loop: in skipped, never opened', async () => {
    const dir = tree({ 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n' });
    const outside = tree({ 'secret.tf': 'resource "aws_s3_bucket" "outside" {}\n' });
    const abs = nodePath.resolve(dir);
    // Opening a FIFO with no writer would block the scan forever: a pass proves it is not opened.
    execFileSync('mkfifo', [nodePath.join(abs, 'pipe.tf')]);
    fs.symlinkSync(nodePath.resolve(outside), nodePath.join(abs, 'escape'));
    fs.symlinkSync(nodePath.join(abs, 'nowhere.tf'), nodePath.join(abs, 'dangling.tf'));
    fs.symlinkSync('.', nodePath.join(abs, 'loop'));
    const report = await scanPaths([dir]);
    expect(report.errors).toEqual([]);
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        { path: `${dir}/pipe.tf`, kind: 'special', reason: 'a FIFO, never opened' },
        { path: `${dir}/escape`, kind: 'symlink', reason: 'a symlink pointing outside the scanned tree' },
        { path: `${dir}/dangling.tf`, kind: 'symlink', reason: expect.stringMatching(/target does not exist/) },
        { path: `${dir}/loop`, kind: 'symlink', reason: expect.stringMatching(/already walked/) },
      ]),
    );
    expect(report.skipped).toHaveLength(4);
    expect(report.summary.skipped).toBe(4);
    expect(report.findings.some((f) => f.resource.address.includes('outside'))).toBe(false);
  });

  test('an oversize file is an error (not assessed) and a skipped entry', async () => {
    const dir = tree({ 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n', 'huge.tf': `# ${'x'.repeat(DEFAULT_MAX_FILE_BYTES)}\n` });
    const report = await scanPaths([dir]);
    expect(report.errors).toEqual([{ file: `${dir}/huge.tf`, message: expect.stringMatching(/larger than the limit/) }]);
    expect(report.skipped).toEqual([{ path: `${dir}/huge.tf`, kind: 'oversize', reason: expect.stringMatching(/not assessed/) }]);
    expect(report.summary).toMatchObject({ errors: 1, skipped: 1 });
    // Named on its own, it is the same.
    const alone = walkInputs([`${dir}/huge.tf`]);
    expect(alone.units[0]!.skipped).toEqual([expect.objectContaining({ kind: 'oversize' })]);
    expect(alone.errors).toHaveLength(1);
  });

  test('nothing skipped: no skipped field and no count', async () => {
    const report = await scanPaths([tree({ 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n' })]);
    expect(report.skipped).toBeUndefined();
    expect(report.summary.skipped).toBeUndefined();
  });
});

describe('a path with no input is a warning', () => {
  test('a folder of docs and a stray JSON file: a warning each, no error, nothing else changes', async () => {
    const docs = tree({ 'README.md': '# docs\n', 'data.json': '{"a": 1}\n' });
    const iac = tree({ 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n' });
    const report = await scanPaths([docs, iac, `${docs}/data.json`]);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([
      `${docs}/ holds no Terraform, CloudFormation, ROS, plan or inventory file`,
      `${docs}/data.json is not a Terraform, CloudFormation, ROS, plan or inventory file`,
    ]);
  });

  test('a folder whose only template is broken is an error, not a warning', async () => {
    const report = await scanPaths([tree({ 'stack.json': `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{${OPEN_SG}` })]);
    expect(report.errors).toHaveLength(1);
    expect(report.warnings).toBeUndefined();
  });
});
