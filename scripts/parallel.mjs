#!/usr/bin/env node
/**
 * Runs npm scripts side by side, two at a time (one per core), and fails if any fails: the test
 * command's checks (format, lint, types) and the build are single-threaded tools that each left a core
 * idle when they ran one after another. Each script's output is printed whole when it ends, so logs do
 * not interleave. Usage: node scripts/parallel.mjs <script>…
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const scripts = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs one script; resolves with its exit code once its output has been printed. */
function run(script) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const done = (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n> ${script} (${code === 0 ? 'passed' : 'FAILED'}, ${seconds} s)\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(code ?? 1);
    };
    child.on('error', () => done(1));
    child.on('close', done);
  });
}

const queue = [...scripts];
const codes = [];
async function lane() {
  for (let script = queue.shift(); script !== undefined; script = queue.shift())
    codes.push(await run(script));
}
await Promise.all(Array.from({ length: Math.min(availableParallelism(), scripts.length) }, lane));
process.exitCode = codes.every((code) => code === 0) ? 0 : 1;
