// Peer for the tokenize+segment benchmark: wink-nlp with only its `sbd`
// (sentence boundary detection) pipe, over the same files, same rounds.
// Usage: node wink_sbd.js DIR [ROUNDS]
const fs = require('fs');
const path = require('path');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : (p.endsWith('.txt') ? [p] : []);
  }).sort();
}

const dir = process.argv[2];
const rounds = Math.max(1, parseInt(process.argv[3] || '5', 10));
const nlp = winkNLP(model, ['sbd']);
const files = walk(dir);
// Read as UTF-8 like chronicle does (invalid bytes become U+FFFD).
const docs = files.map((f) => fs.readFileSync(f).toString('utf8'));
const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
const wsTokens = docs.reduce((n, d) => n + (d.match(/\S+/g) || []).length, 0);
const seconds = [];
let tokens = 0;
let sentences = 0;
for (let r = 0; r < rounds; r++) {
  tokens = 0;
  sentences = 0;
  const t0 = process.hrtime.bigint();
  for (const d of docs) {
    const doc = nlp.readDoc(d);
    tokens += doc.tokens().length();
    sentences += doc.sentences().length();
  }
  seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
seconds.sort((a, b) => a - b);
const median = seconds[Math.floor(seconds.length / 2)];
console.log(JSON.stringify({
  tool: 'wink-nlp (sbd)', task: 'tokenize+segment', files: files.length, bytes,
  input_tokens: wsTokens, tokens, sentences, rounds, median_seconds: +median.toFixed(4),
  mb_per_s: +(bytes / 1e6 / median).toFixed(1), input_tokens_per_s: Math.round(wsTokens / median),
}));
