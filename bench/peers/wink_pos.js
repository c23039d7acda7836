// Peer for the tagger: wink-nlp with its `sbd` and `pos` pipes.
//   node wink_pos.js speed DIR [ROUNDS]   tokenize, split and tag every .txt under DIR
//   node wink_pos.js accuracy GOLD.conllu  UPOS accuracy on a UD treebank's raw text
// The accuracy mode rebuilds each document's raw text as DESIGN.md §6 says
// (sentences joined by a space, paragraphs by a blank line), tags it, and
// scores the wink tokens whose character span equals a gold word's span
// (multiword tokens and tokens the two tokenizers cut differently are left
// out and counted), so tokenization is not charged to the tagger.
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

function speed(dir, rounds) {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const docs = walk(dir).map((f) => fs.readFileSync(f).toString('utf8'));
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
  const wsTokens = docs.reduce((n, d) => n + (d.match(/\S+/g) || []).length, 0);
  const seconds = [];
  let tagged = 0;
  for (let r = 0; r < rounds; r++) {
    tagged = 0;
    const t0 = process.hrtime.bigint();
    for (const d of docs) tagged += nlp.readDoc(d).tokens().out(nlp.its.pos).length;
    seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  seconds.sort((a, b) => a - b);
  const median = seconds[Math.floor(seconds.length / 2)];
  console.log(JSON.stringify({
    tool: 'wink-nlp (sbd, pos)', task: 'tokenize+segment+tag', files: docs.length, bytes,
    input_tokens: wsTokens, tagged_tokens: tagged, rounds, median_seconds: +median.toFixed(4),
    input_tokens_per_s: Math.round(wsTokens / median),
  }));
}

// Documents of a CoNLL-U file: raw text and gold words with their character spans.
function readTreebank(file) {
  const docs = [];
  let doc = null;
  let sentenceOpen = false;
  const startDoc = () => { doc = { text: '', words: [] }; docs.push(doc); sentenceOpen = false; };
  let mwtEnd = 0;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc') || !doc) {
      if (line.startsWith('# newdoc') || !doc) startDoc();
      if (line.startsWith('#')) continue;
    }
    if (line.startsWith('# newpar')) {
      if (doc.text.length) doc.text = doc.text.replace(/ $/, '') + '\n\n';
      continue;
    }
    if (line.startsWith('#')) continue;
    if (line === '') {
      if (sentenceOpen && !doc.text.endsWith(' ') && !doc.text.endsWith('\n')) doc.text += ' ';
      sentenceOpen = false;
      mwtEnd = 0;
      continue;
    }
    const c = line.split('\t');
    if (c[0].includes('.')) continue;
    sentenceOpen = true;
    const glued = (c[9] || '').split('|').includes('SpaceAfter=No');
    if (c[0].includes('-')) {
      mwtEnd = parseInt(c[0].split('-')[1], 10);
      doc.text += c[1] + (glued ? '' : ' ');
      continue;
    }
    const id = parseInt(c[0], 10);
    if (id <= mwtEnd) continue;  // a word inside a multiword token: not scored
    const start = doc.text.length;
    doc.text += c[1];
    doc.words.push({ start, end: doc.text.length, upos: c[3] });
    if (!glued) doc.text += ' ';
  }
  return docs;
}

function accuracy(file) {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  let gold = 0;
  let aligned = 0;
  let right = 0;
  for (const d of readTreebank(file)) {
    gold += d.words.length;
    const byStart = new Map(d.words.map((w) => [w.start, w]));
    const doc = nlp.readDoc(d.text);
    // wink keeps the text's offsets implicitly: find each token from a cursor.
    let cursor = 0;
    const pos = doc.tokens().out(nlp.its.pos);
    doc.tokens().out().forEach((t, i) => {
      const at = d.text.indexOf(t, cursor);
      if (at < 0) return;
      cursor = at + t.length;
      const w = byStart.get(at);
      if (!w || w.end !== at + t.length) return;
      aligned += 1;
      if (pos[i] === w.upos) right += 1;
    });
  }
  console.log(JSON.stringify({
    tool: 'wink-nlp (sbd, pos)', treebank: path.basename(file), gold_words: gold, aligned_words: aligned,
    upos_accuracy_aligned: +(100 * right / aligned).toFixed(2),
  }));
}

const [mode, arg, rounds] = process.argv.slice(2);
if (mode === 'speed') speed(arg, Math.max(1, parseInt(rounds || '5', 10)));
else if (mode === 'accuracy') accuracy(arg);
else {
  console.error('usage: node wink_pos.js speed DIR [ROUNDS] | accuracy GOLD.conllu');
  process.exit(2);
}
