// The import graph between the folders of src/ (non-test files): who imports whom, and a check that the
// layers go one way (sim and core never import each other; model imports neither).
// Run: npm run -s imports   (exit status 1 if a forbidden edge exists)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve('src');
/** Edges that must not exist: from folder → to folder. */
const FORBIDDEN = [
  ['sim', 'core'],
  ['core', 'sim'],
  ['model', 'core'],
  ['model', 'sim'],
  ['model', 'persistence'],
  ['narrative', 'model'],
  ['narrative', 'core'],
  ['narrative', 'sim'],
];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

const folderOf = (file) => {
  const parts = path.relative(SRC, file).split(path.sep);
  return parts.length > 1 ? parts[0] : '(root)';
};
const edges = new Map();
for (const file of files(SRC)) {
  const from = folderOf(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)) {
    const target = path.resolve(path.dirname(file), m[1]);
    if (!target.startsWith(SRC + path.sep)) continue;
    const to = folderOf(target);
    if (to === from) continue;
    const key = `${from} → ${to}`;
    edges.set(key, [...(edges.get(key) ?? []), path.relative(SRC, file)]);
  }
}

for (const key of [...edges.keys()].sort())
  console.log(`${key.padEnd(26)} ${String(edges.get(key).length)} file(s)`);
const bad = FORBIDDEN.filter(([a, b]) => edges.has(`${a} → ${b}`));
for (const [a, b] of bad) console.log(`FORBIDDEN ${a} → ${b}: ${edges.get(`${a} → ${b}`).join(', ')}`);
console.log(bad.length === 0 ? 'OK: no forbidden edges (sim and core do not import each other).' : '');
process.exit(bad.length === 0 ? 0 : 1);
