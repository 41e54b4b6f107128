/** `npm run validate`: check every content file without building the site. */
import { formatProblem } from '../src/lib/content/content-rules.ts';
import { readContent } from '../src/lib/content/read-content.ts';

const { problems, pages, questions, trees } = readContent(process.cwd());
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in content/`);
  process.exit(1);
}
const byDomain = [1, 2, 3, 4].map((d) => questions.filter((q) => q.data.domain === d).length);
console.log(
  `content/ is valid: ${pages.length} pages, ${questions.length} questions (by domain: ${byDomain.join(' / ')}), ${trees.length} decision trees`,
);
