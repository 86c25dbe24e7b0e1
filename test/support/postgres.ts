/**
 * A throwaway PostgreSQL server for tests: a new cluster in a temp folder,
 * owned by a non-root user (PostgreSQL refuses to run as root), listening on
 * 127.0.0.1 at a free port, trust authentication, fsync off. It takes a
 * couple of seconds to start and is removed by stop().
 *
 * The binaries come from Debian's postgresql package
 * (/usr/lib/postgresql/<version>/bin), or from $PG_BIN. `.ci/run` installs
 * the package; on a machine without it the PostgreSQL tests are skipped with
 * a message, except under CI, where they must run.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TestPostgres {
  url: string;
  stop(): void;
}

/** The folder holding initdb and pg_ctl, newest version first; undefined when PostgreSQL is not installed. */
export function postgresBinDir(): string | undefined {
  const candidates = process.env.PG_BIN
    ? [process.env.PG_BIN]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .filter((v) => /^\d+$/.test(v))
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : [];
  return candidates.find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')));
}

/** Why the PostgreSQL tests cannot run here, or undefined when they can. Under CI a missing server is a failure, not a skip. */
export function postgresUnavailable(): string | undefined {
  if (postgresBinDir()) return undefined;
  const reason = 'PostgreSQL binaries not found (apt-get install postgresql, or set PG_BIN)';
  if (process.env.CI) throw new Error(`${reason}: CI must run the PostgreSQL tests (.ci/run installs the package)`);
  return reason;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs a PostgreSQL binary as the postgres user when we are root (initdb and postgres refuse root). */
function runAsOwner(bin: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  execFileSync(cmd, argv, { stdio: 'pipe', timeout: 60_000 });
}

function ownerIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL binaries not found');
  const dir = mkdtempSync(path.join(tmpdir(), 'leakproof-pg-'));
  const owner = ownerIds();
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = path.join(dir, 'data');
  runAsOwner(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  let port = 0;
  // Another process may take the port between the probe and the start: try a few.
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    try {
      runAsOwner(path.join(bin, 'pg_ctl'), [
        '-D', data, '-w', '-t', '30', '-l', path.join(dir, 'server.log'),
        '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
        'start',
      ]);
      break;
    } catch (e) {
      if (attempt >= 2) throw e;
    }
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        runAsOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
