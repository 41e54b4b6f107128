/**
 * Answer-cue figures of a question bank: does the length or the wording of the options give the key
 * away? Computed from the same fields `/data/questions.json` publishes, so `npm test` (through the
 * content test) and `npm run bench` report the figures a learner's browser would see.
 *
 * Length is the option text's length in characters, Markdown as authored (backticks included):
 * what a reader sees in one glance, and what the published data carries.
 */

export interface FigureOption {
  id: string;
  text: string;
  correct: boolean;
}

export interface FigureQuestion {
  id: string;
  /** Only `single` and `multiple` questions are measured: ordering and matching have no options to give a key away by length. */
  type: string;
  select?: number | undefined;
  stem: string;
  options: readonly FigureOption[];
}

/** The targets of the exam-grade bank issue; `checkBankFigures` reports each one missed. */
export const BANK_TARGETS = {
  /** Single answer: share of questions whose key is strictly the longest option. */
  singleKeyLongestMax: 0.3,
  /** Single answer: mean key length ÷ mean distractor length. */
  lengthRatioMin: 0.9,
  lengthRatioMax: 1.1,
  /** Multiple response: share of questions whose k longest options are exactly the key. */
  multipleKeyLongestMax: 0.15,
  /** Share of the bank that a guesser who always picks the longest option(s) gets right. */
  longestGuesserMax: 0.32,
  /** Two questions this similar (stems and keys, see `nearDuplicateStems`) test the same point. */
  nearDuplicateStem: 0.45,
} as const;

/** Words that turn an option into a justified claim; a key that alone carries one is a cue. */
const JUSTIFICATION = /\b(because|so that|since|which (?:means|lets|keeps|avoids|ensures)|to ensure|in order to|ensuring)\b/i;

export interface QuestionCue {
  id: string;
  multiple: boolean;
  /** Probability (0–1) that a guesser who picks the longest option(s), ties broken at random, is right. */
  longestGuess: number;
  /** Key length ÷ mean distractor length (for multiple response: mean key length ÷ mean distractor length). */
  ratio: number;
  keyStrictlyLongest: boolean;
  keyStrictlyShortest: boolean;
  /** The key (or every key) is the only option(s) carrying a justification such as "so that" or "because". */
  onlyKeyJustified: boolean;
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

/** How a guesser who picks the `k` longest options fares on one question, and the question's other cues. */
export function questionCue(question: FigureQuestion): QuestionCue {
  const k = question.type === 'single' ? 1 : (question.select ?? 1);
  const lengths = question.options.map((o) => o.text.trim().length);
  const sorted = [...lengths].sort((a, b) => b - a);
  const cut = sorted[k - 1] ?? 0;
  const mustPick = question.options.filter((_, i) => (lengths[i] ?? 0) > cut);
  const tied = question.options.filter((_, i) => lengths[i] === cut);
  const keys = question.options.filter((o) => o.correct);
  const restOfKey = keys.filter((o) => !mustPick.includes(o));
  const feasible = mustPick.every((o) => o.correct) && restOfKey.every((o) => tied.includes(o));
  const longestGuess = feasible ? 1 / binomial(tied.length, k - mustPick.length) : 0;

  const keyLengths = question.options.flatMap((o, i) => (o.correct ? [lengths[i] ?? 0] : []));
  const distractorLengths = question.options.flatMap((o, i) => (o.correct ? [] : [lengths[i] ?? 0]));
  const ratio = mean(keyLengths) / Math.max(1, mean(distractorLengths));
  const justified = question.options.map((o) => JUSTIFICATION.test(o.text));
  const justifiedKeys = question.options.filter((o, i) => o.correct && justified[i]).length;
  const justifiedDistractors = question.options.filter((o, i) => !o.correct && justified[i]).length;
  return {
    id: question.id,
    multiple: question.type === 'multiple',
    longestGuess,
    ratio,
    keyStrictlyLongest: Math.min(...keyLengths) > Math.max(...distractorLengths),
    keyStrictlyShortest: Math.max(...keyLengths) < Math.min(...distractorLengths),
    onlyKeyJustified: justifiedKeys > 0 && justifiedDistractors === 0,
  };
}

const STOP_WORDS = new Set(
  'that this with from which what have their they them should company wants needs team data using into will uses most than does when each only also more must about would been were there these those your over such then some other after before under least'.split(
    ' ',
  ),
);

/** The content words of a text: lower-cased, four letters or more, common words dropped. */
function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .split(' ')
      .filter((w) => w.length >= 4 && !STOP_WORDS.has(w)),
  );
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface StemPair {
  a: string;
  b: string;
  /** Mean of the stems' and the keys' content-word Jaccard similarity. */
  similarity: number;
}

/**
 * Pairs of questions that test the same point: stems that share words (at least
 * `NEAR_DUPLICATE_MIN_STEM`) and keys that say the same thing, with the mean of both similarities at
 * least `threshold`. A shared key alone (two numeric answers, say) is not enough.
 */
export function nearDuplicateStems(questions: readonly FigureQuestion[], threshold: number = BANK_TARGETS.nearDuplicateStem): StemPair[] {
  const stems = questions.map((q) => contentWords(q.stem));
  const keys = questions.map((q) =>
    contentWords(
      q.options
        .filter((o) => o.correct)
        .map((o) => o.text)
        .join(' '),
    ),
  );
  const pairs: StemPair[] = [];
  for (let i = 0; i < questions.length; i++) {
    for (let j = i + 1; j < questions.length; j++) {
      const stem = jaccard(stems[i] ?? new Set(), stems[j] ?? new Set());
      if (stem < NEAR_DUPLICATE_MIN_STEM) continue;
      const similarity = (stem + jaccard(keys[i] ?? new Set(), keys[j] ?? new Set())) / 2;
      if (similarity >= threshold) pairs.push({ a: questions[i]?.id ?? '', b: questions[j]?.id ?? '', similarity });
    }
  }
  return pairs.sort((x, y) => y.similarity - x.similarity);
}

const NEAR_DUPLICATE_MIN_STEM = 0.2;

export interface BankFigures {
  questions: number;
  single: number;
  multiple: number;
  /** Single answer: share whose key is strictly the longest option. */
  singleKeyLongest: number;
  /** Single answer: share whose key is strictly the shortest option. */
  singleKeyShortest: number;
  /** Single answer: mean key length ÷ mean distractor length, over the whole bank. */
  lengthRatio: number;
  /** Multiple response: expected share whose k longest options are exactly the key. */
  multipleKeyLongest: number;
  /** Expected score of a guesser who always picks the longest option(s). */
  longestGuesser: number;
  /** Share of questions whose key alone carries a justification ("so that", "because"). */
  onlyKeyJustified: number;
  /** Share of keys in each authored position (a, b, c, …), single answer. */
  keyPosition: number[];
  nearDuplicates: StemPair[];
  /** Every question's cues, worst first (the guesser's probability, then the length ratio). */
  cues: QuestionCue[];
}

/** The figures of the bank's option-based questions (single answer and multiple response); other types are left out, `questions` counts only these. */
export function bankFigures(bank: readonly FigureQuestion[]): BankFigures {
  const questions = bank.filter((q) => q.type === 'single' || q.type === 'multiple');
  const cues = questions.map(questionCue);
  const single = questions.filter((q) => q.type === 'single');
  const multiple = questions.filter((q) => q.type === 'multiple');
  const cueOf = new Map(cues.map((c) => [c.id, c]));
  const singleCues = single.map((q) => cueOf.get(q.id)).filter((c): c is QuestionCue => c !== undefined);
  const multipleCues = multiple.map((q) => cueOf.get(q.id)).filter((c): c is QuestionCue => c !== undefined);
  const keyLengths = single.flatMap((q) => q.options.filter((o) => o.correct).map((o) => o.text.trim().length));
  const distractorLengths = single.flatMap((q) => q.options.filter((o) => !o.correct).map((o) => o.text.trim().length));
  const positions: number[] = [];
  for (const q of single) {
    const at = q.options.findIndex((o) => o.correct);
    positions[at] = (positions[at] ?? 0) + 1;
  }
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  return {
    questions: questions.length,
    single: single.length,
    multiple: multiple.length,
    singleKeyLongest: share(singleCues.filter((c) => c.keyStrictlyLongest).length, single.length),
    singleKeyShortest: share(singleCues.filter((c) => c.keyStrictlyShortest).length, single.length),
    lengthRatio: mean(keyLengths) / Math.max(1, mean(distractorLengths)),
    multipleKeyLongest: mean(multipleCues.map((c) => c.longestGuess)),
    longestGuesser: mean(cues.map((c) => c.longestGuess)),
    onlyKeyJustified: share(cues.filter((c) => c.onlyKeyJustified).length, cues.length),
    keyPosition: Array.from(positions, (n) => share(n ?? 0, single.length)),
    nearDuplicates: nearDuplicateStems(questions),
    cues: [...cues].sort((x, y) => y.longestGuess - x.longestGuess || y.ratio - x.ratio),
  };
}

/** One sentence per missed target, naming the worst questions; empty when the bank meets every target. */
export function checkBankFigures(figures: BankFigures, worst = 10): string[] {
  const t = BANK_TARGETS;
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const worstIds = (filter: (c: QuestionCue) => boolean) =>
    figures.cues
      .filter(filter)
      .slice(0, worst)
      .map((c) => `${c.id} (×${c.ratio.toFixed(2)})`)
      .join(', ');
  const failures: string[] = [];
  if (figures.singleKeyLongest > t.singleKeyLongestMax) {
    failures.push(
      `single answer: key strictly longest in ${pct(figures.singleKeyLongest)} (at most ${pct(t.singleKeyLongestMax)}); worst: ${worstIds((c) => !c.multiple && c.keyStrictlyLongest)}`,
    );
  }
  if (figures.lengthRatio < t.lengthRatioMin || figures.lengthRatio > t.lengthRatioMax) {
    failures.push(
      `single answer: key ÷ distractor length ${figures.lengthRatio.toFixed(2)} (allowed ${t.lengthRatioMin}–${t.lengthRatioMax}); worst: ${worstIds((c) => !c.multiple)}`,
    );
  }
  if (figures.multipleKeyLongest > t.multipleKeyLongestMax) {
    failures.push(
      `multiple response: k longest are the key in ${pct(figures.multipleKeyLongest)} (at most ${pct(t.multipleKeyLongestMax)}); worst: ${worstIds((c) => c.multiple && c.longestGuess > 0)}`,
    );
  }
  if (figures.longestGuesser > t.longestGuesserMax) {
    failures.push(
      `a longest-option guesser scores ${pct(figures.longestGuesser)} (at most ${pct(t.longestGuesserMax)}); worst: ${worstIds((c) => c.longestGuess > 0)}`,
    );
  }
  for (const pair of figures.nearDuplicates.slice(0, worst)) {
    failures.push(
      `near-identical stems: ${pair.a} and ${pair.b} are ${pct(pair.similarity)} alike in stem and key (merge or differentiate them)`,
    );
  }
  return failures;
}
