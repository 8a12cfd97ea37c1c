// Starts a real `ariadne serve` on a fresh data directory with the demo data, for the
// end-to-end tests. The binary comes from ARIADNE_BIN (default: build/ariadne).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = process.env.ARIADNE_BIN ?? join(repo, 'build/ariadne');
const env = { ...process.env, ARIADNE_CONFIG: join(repo, 'config') };

// `staticDir`: the web bundle to serve (bench/chart/run.mjs may serve another build of it);
// `stderr`: where the server's log goes ('inherit', or 'ignore' for a benchmark's clean output).
export async function startServer({ staticDir = join(repo, 'web/dist'), stderr = 'inherit' } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'ariadne-e2e-'));
  const data = join(root, 'data');
  execFileSync(bin, ['init', '--data', data], { env, stdio: 'ignore' });
  execFileSync(bin, ['demo', '--data', data], { env, stdio: 'ignore' });
  const child = spawn(bin, ['serve', '--data', data, '--listen', '127.0.0.1:0',
    '--static', staticDir], { env, stdio: ['ignore', 'pipe', stderr] });
  const url = await new Promise((ok, fail) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/listening on (http:\/\/[0-9.:]+)\//);
      if (m) ok(m[1]);
    });
    child.on('exit', (code) => fail(new Error(`ariadne serve exited with ${code}`)));
  });
  return {
    url,
    async stop() {
      const exited = new Promise((ok) => child.on('exit', ok));
      child.kill('SIGTERM');
      await exited;
      rmSync(root, { recursive: true, force: true });
    },
  };
}
