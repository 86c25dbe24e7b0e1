/**
 * The README's scheduled-audit examples stay valid: the YAML parses into the
 * shape GitHub Actions and Kubernetes expect, the shell parses, and every
 * leakproof command and option they use exists.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { runCli } from '../support/run-cli.js';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Scheduled audits and evidence'), readme.indexOf('\n## ', readme.indexOf('## Scheduled audits and evidence') + 3));
const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, code: m[2]! }));

/** `leakproof <command> ... --option` uses in a snippet (continuation lines joined). */
function leakproofCalls(code: string): string[][] {
  return code
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .flatMap((line) => [...line.matchAll(/(?:^|[\s(])leakproof ((?:[a-z]+ ?)+)((?:[^|&;>)]*))/g)].map((m) => [...m[1]!.trim().split(' '), ...(m[2]!.match(/--[a-z-]+/g) ?? [])]));
}

describe('README: scheduled audits and evidence', () => {
  test('the section has its examples: shell, cron, GitHub Actions, Kubernetes', () => {
    expect(blocks.map((b) => b.lang)).toEqual(['sh', 'sh', 'sh', 'sh', 'yaml', 'yaml']);
  });

  test('the shell parses', () => {
    for (const b of blocks.filter((x) => x.lang === 'sh')) expect(spawnSync('sh', ['-n'], { input: b.code }).status).toBe(0);
  });

  test('the GitHub Actions workflow is scheduled and gates on diff', () => {
    const workflow = parse(blocks[4]!.code) as { on: { schedule: Array<{ cron: string }> }; jobs: { audit: { env: Record<string, string>; steps: Array<{ run?: string; uses?: string }> } } };
    expect(workflow.on.schedule[0]!.cron).toBe('15 2 * * *');
    expect(workflow.jobs.audit.env.LEAKPROOF_HISTORY).toContain('secrets.');
    expect(workflow.jobs.audit.steps.map((s) => s.run ?? s.uses).join('\n')).toContain('leakproof diff --fail-on high');
  });

  test('the Kubernetes CronJob is a batch/v1 CronJob with the history from a secret', () => {
    const job = parse(blocks[5]!.code) as { apiVersion: string; kind: string; spec: { schedule: string; jobTemplate: { spec: { template: { spec: { containers: Array<{ env: Array<{ name: string; valueFrom: unknown }>; args: string[] }> } } } } } };
    expect([job.apiVersion, job.kind, job.spec.schedule]).toEqual(['batch/v1', 'CronJob', '15 2 * * *']);
    const container = job.spec.jobTemplate.spec.template.spec.containers[0]!;
    expect(container.env[0]!.name).toBe('LEAKPROOF_HISTORY');
    expect(spawnSync('sh', ['-n'], { input: container.args[0] }).status).toBe(0);
  });

  test('every leakproof command and option the examples use exists', async () => {
    const calls = blocks.flatMap((b) => leakproofCalls(b.lang === 'yaml' ? b.code.replace(/^\s*(- )?(run: \|?|run: )/gm, '') : b.code));
    expect(calls.length).toBeGreaterThan(10);
    for (const call of calls) {
      const words = call.filter((w) => !w.startsWith('--'));
      const command = words[0] === 'audit' || words[0] === 'evidence' ? words.slice(0, 2) : words.slice(0, 1);
      const help = await runCli([...command, '--help']);
      expect([call.join(' '), help.code]).toEqual([call.join(' '), 0]);
      for (const option of call.filter((w) => w.startsWith('--'))) expect([command.join(' '), option, help.stdout.includes(option)]).toEqual([command.join(' '), option, true]);
    }
  });
});
