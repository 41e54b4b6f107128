/**
 * The text of `/theme.js` (src/pages/theme.js.ts): the one script that must run before first paint,
 * so the saved light/dark choice never flashes the other theme, nor the chosen exam the other exam's
 * page. Its exam part does what `openExam()` (exam-choice.ts) decides, hand-minified because every
 * page loads it and the home page's byte budget leaves little room; theme-script.test.ts runs it
 * against `openExam()` case by case:
 * `?exam=` wins and is saved, else the stored choice; `data-exam="mla"` for MLA-C01 (MLS-C01 sets
 * nothing), `data-exam-unsaved` when the URL's exam could not be saved. Storage that is blocked
 * throws on first use: the system theme applies, and the URL's exam for this page only.
 */
import { EXAM_KEY, THEME_KEY } from '../../config.ts';
import { EXAM_PARAM } from './exam-choice.ts';

export const themeScript = (): string =>
  `var d=document.documentElement,s,e=(/[?&]${EXAM_PARAM}=(ml[as])(&|$)/.exec(location.search)||[])[1];
try{s=localStorage;var t=s.getItem(${JSON.stringify(THEME_KEY)});if(t=="light"||t=="dark")d.dataset.theme=t;e?s.setItem(${JSON.stringify(EXAM_KEY)},e):e=s.getItem(${JSON.stringify(EXAM_KEY)})}catch(x){if(e)d.dataset.examUnsaved=""}
if(e=="mla")d.dataset.exam=e
`;
