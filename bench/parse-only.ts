/**
 * Parser-only benchmark: parses every .tf file of ../shared/corpus/real with
 * parseHcl and prints files/s and lines/s. Files are read before timing starts.
 * The first pass runs on a cold VM (what one CLI scan pays); the following
 * rounds show warmed-up throughput. CPU time is user + system of this process,
 * which includes V8's background compiler and GC threads.
 *
 *   npm run build && node dist/bench/parse-only.js [rounds]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHcl } from '../src/sources/terraform/hcl/parser.js';
import { sharedCorpus } from './shared-corpus.js';

interface Measurement {
  wallMs: number;
  cpuMs: number;
}

function tfFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) tfFiles(full, out);
    else if (entry.name.endsWith('.tf')) out.push(full);
  }
  return out;
}

function measure(files: Array<[string, string]>): Measurement {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  for (const [file, source] of files) parseHcl(source, file);
  const wallMs = performance.now() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function describe(label: string, m: Measurement, fileCount: number, lineCount: number): string {
  const perSecond = (n: number) => Math.round(n / (m.wallMs / 1000)).toLocaleString('en-US');
  return `${label}: ${m.wallMs.toFixed(0)} ms wall, ${m.cpuMs.toFixed(0)} ms CPU, ${perSecond(fileCount)} files/s, ${perSecond(lineCount)} lines/s`;
}

function main(): void {
  const corpus = sharedCorpus('real');
  if (!corpus) {
    console.log('parse-only benchmark skipped: ../shared/corpus/real is not present');
    return;
  }
  const rounds = Number(process.argv[2] ?? 10);
  const files = tfFiles(corpus).map((file): [string, string] => [file, readFileSync(file, 'utf8')]);
  const lineCount = files.reduce((n, [, source]) => n + source.split('\n').length, 0);
  const byteCount = files.reduce((n, [, source]) => n + Buffer.byteLength(source), 0);
  console.log(`${files.length} files, ${lineCount.toLocaleString('en-US')} lines, ${(byteCount / 1e6).toFixed(1)} MB`);

  console.log(describe('cold pass', measure(files), files.length, lineCount));
  const warm: Measurement[] = [];
  for (let round = 0; round < rounds; round++) warm.push(measure(files));
  warm.sort((a, b) => a.wallMs - b.wallMs);
  console.log(describe(`warm median of ${rounds}`, warm[Math.floor(rounds / 2)], files.length, lineCount));
}

main();
