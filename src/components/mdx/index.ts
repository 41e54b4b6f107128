/**
 * The components authors can use in a page's MDX, without an import: the one place that lists them
 * (the guide page route passes this map to every page's content). Each checks its props and fails the
 * build naming the page, the prop, the value and what is allowed.
 */
import Calculator from './calculator/Calculator.astro';
import Callout from './callout/Callout.astro';
import DataTable from './data-table/DataTable.astro';
import DecisionGuideIndex from './decision-guide-index/DecisionGuideIndex.astro';
import DecisionTree from './decision-tree/DecisionTree.astro';
import ExamCrosswalk from './exam-crosswalk/ExamCrosswalk.astro';
import ExamFacts from './exam-facts/ExamFacts.astro';
import ExamGuideMap from './exam-guide-map/ExamGuideMap.astro';
import ExamPart from './exam-part/ExamPart.astro';
import Figure from './figure/Figure.astro';
import Quiz from './quiz/Quiz.astro';
import type { MdxComponentName } from '../../lib/content/mdx-components.ts';

export const mdxComponents = {
  Calculator,
  Callout,
  DataTable,
  DecisionGuideIndex,
  DecisionTree,
  ExamCrosswalk,
  ExamFacts,
  ExamGuideMap,
  ExamPart,
  Figure,
  Quiz,
} satisfies Record<MdxComponentName, unknown>;
export { Calculator, Callout, DataTable, DecisionGuideIndex, DecisionTree, ExamCrosswalk, ExamFacts, ExamGuideMap, ExamPart, Figure, Quiz };
