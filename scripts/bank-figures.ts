/**
 * `node scripts/bank-figures.ts [filter…]`: the answer-cue figures of the question bank (see
 * src/lib/bank-figures.ts), for the whole bank or for the questions whose file path contains one of
 * the filters (for example `d1/` or `modeling/algorithms`, matched against the file and the page).
 * Lists the questions that give their key away, worst first. Exits 1 when the selection misses a target.
 */
import { readContent } from '../src/lib/content/read-content.ts';
import { BANK_TARGETS, bankFigures, checkBankFigures } from '../src/lib/questions/bank-figures.ts';

const filters = process.argv.slice(2);
const { questions } = readContent(process.cwd());
const chosen = questions.filter(({ file, data }) => filters.length === 0 || filters.some((f) => file.includes(f) || data.page.includes(f)));
const figures = bankFigures(chosen.map(({ data }) => data));
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const t = BANK_TARGETS;
console.log(`${figures.questions} questions (${figures.single} single, ${figures.multiple} multiple response)`);
console.log(`single: key strictly longest   ${pct(figures.singleKeyLongest)}  (target ≤ ${pct(t.singleKeyLongestMax)})`);
console.log(`single: key strictly shortest  ${pct(figures.singleKeyShortest)}`);
console.log(`single: key ÷ distractor length ${figures.lengthRatio.toFixed(2)}  (target ${t.lengthRatioMin}–${t.lengthRatioMax})`);
console.log(`multiple: k longest = key      ${pct(figures.multipleKeyLongest)}  (target ≤ ${pct(t.multipleKeyLongestMax)})`);
console.log(`longest-option guesser scores  ${pct(figures.longestGuesser)}  (target ≤ ${pct(t.longestGuesserMax)})`);
console.log(`key alone justified ("so that", "because"…) ${pct(figures.onlyKeyJustified)}`);
console.log(`single: key position a/b/c/d… ${figures.keyPosition.map(pct).join(' / ')}`);
const cued = figures.cues.filter((c) => c.longestGuess > 0 || c.ratio > 1.2 || c.onlyKeyJustified);
if (cued.length > 0) {
  console.log(`\nQuestions with a cue (guesser's chance, key ÷ distractor length, flags):`);
  for (const c of cued) {
    const flags = [c.keyStrictlyLongest ? 'key longest' : '', c.onlyKeyJustified ? 'only key justified' : ''].filter(Boolean).join(', ');
    console.log(`  ${c.id.padEnd(44)} ${pct(c.longestGuess).padStart(7)}  ×${c.ratio.toFixed(2)}  ${flags}`);
  }
}
for (const pair of figures.nearDuplicates) {
  console.log(`near-identical stems: ${pair.a} / ${pair.b} (${pct(pair.similarity)})`);
}
const failures = checkBankFigures(figures);
if (failures.length > 0) {
  console.log(`\n${failures.length} target(s) missed`);
  process.exit(1);
}
