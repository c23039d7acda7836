// chrono-node over the same corpus as bench_time: chrono.parse(text, refDate)
// per article, median of ROUNDS passes. Usage: node chrono_bench.js DIR [ROUNDS]
const fs = require('fs');
const path = require('path');
const chrono = require('chrono-node');

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.txt') && !e.name.includes('README')) out.push(p);
  }
  return out;
}

const dir = process.argv[2];
const rounds = Math.max(1, parseInt(process.argv[3] || '3', 10));
const texts = walk(dir, []).map((f) => fs.readFileSync(f, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const ref = new Date(2005, 0, 1);
const secs = [];
let found = 0;
for (let r = 0; r < rounds; ++r) {
  found = 0;
  const t0 = process.hrtime.bigint();
  for (const t of texts) found += chrono.parse(t, ref).length;
  secs.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
secs.sort((a, b) => a - b);
const s = secs[Math.floor(secs.length / 2)];
console.log(JSON.stringify({ tool: 'chrono-node ' + JSON.parse(fs.readFileSync(path.join(__dirname, 'node_modules', 'chrono-node', 'package.json'), 'utf8')).version, files: texts.length,
  bytes, expressions: found, rounds, seconds: +s.toFixed(4), mb_per_s: +(bytes / 1e6 / s).toFixed(2) }));
