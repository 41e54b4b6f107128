/** Build-time data of the practice pages: the pre-rendered bank and the outline they show. */
import type { ExamBank } from '../lib/questions/exam-bank.ts';
import { examsOf } from '../lib/open-data/open-data.ts';
import { pageHref, sectionHref } from '../lib/urls.ts';
import { hasMath, renderInlineMarkdown, renderMarkdown } from '../lib/markdown/render-markdown.ts';
import { mlaDomainOf } from '../lib/outline/mla-outline.ts';
import { type ExamDefinition, mlaExamDefinition, mlsExamDefinition } from '../lib/exam/exam-definition.ts';
import { renderItems } from '../components/mdx/quiz/rendered-question.ts';
import {
  getCaseStudies,
  getDomains,
  getMlaOutlineData,
  getMlaOutline,
  getMlsQuestions,
  getOutlineData,
  getPages,
  getQuestions,
  type Question,
} from './guide.ts';

let bank: Promise<ExamBank> | undefined;

/** The fields of an ordering (`steps`) or matching (`prompts`, `responses`) question as HTML; none for other types. */
async function itemFields(q: Question['data']): Promise<Partial<Awaited<ReturnType<typeof renderItems>>>> {
  const { steps, prompts, responses } = await renderItems(q);
  if (q.type === 'ordering') return { steps };
  if (q.type === 'matching') return { prompts, responses };
  return {};
}

/** Every question with its HTML, and both outlines with the pages per task statement. */
export function getExamBank(): Promise<ExamBank> {
  bank ??= (async () => {
    const outline = await getOutlineData();
    const mlaOutline = await getMlaOutlineData();
    const pages = new Map((await getPages()).map((p) => [p.id, p]));
    const questions = await Promise.all(
      (await getQuestions()).map(async ({ data: q }) => ({
        id: q.id,
        domain: q.domain ?? null,
        mlaDomain: mlaDomainOf(q.mla),
        exams: examsOf(q),
        tasks: [...q.tasks],
        mla: [...q.mla],
        type: q.type,
        select: q.select ?? 1,
        stem: await renderMarkdown(q.stem),
        options: await Promise.all(
          q.options.map(async (o) => ({
            id: o.id,
            text: await renderInlineMarkdown(o.text),
            correct: o.correct,
            explanation: await renderMarkdown(o.explanation),
          })),
        ),
        ...(await itemFields(q)),
        ...(q.case ? { case: q.case } : {}),
        page: sectionHref(q.page, q.section),
        pageTitle: pages.get(q.page)?.data.title ?? pageHref(q.page),
        references: [...q.references],
      })),
    );
    const domains = (o: typeof outline | typeof mlaOutline) =>
      o.domains.map((d) => ({
        id: Number(d.id),
        title: d.title,
        weight: d.weight,
        tasks: d.tasks.map((t) => ({ id: t.id, title: t.title, pages: t.pages })),
      }));
    const caseStudies = await Promise.all(
      (await getCaseStudies()).map(async (c) => ({ id: c.id, title: c.title, scenario: await renderMarkdown(c.scenario) })),
    );
    return { version: 3, domains: domains(outline), mlaDomains: domains(mlaOutline), questions, caseStudies };
  })();
  return bank;
}

/** True when any question has a formula: pages that show questions then load KaTeX's stylesheet. */
export async function bankHasMath(): Promise<boolean> {
  const texts = (q: Question['data']) => [
    q.stem,
    ...q.options.flatMap((o) => [o.text, o.explanation]),
    ...q.steps.flatMap((st) => [st.text, st.explanation]),
    ...q.prompts.flatMap((p) => [p.text, p.explanation]),
  ];
  return (await getQuestions()).some(({ data: q }) => hasMath(texts(q).join('\n')));
}

/** The compact metadata the dashboard needs: id → [domain, task ids]. */
export async function getBankIndex(): Promise<[string, number, string[]][]> {
  return (await getMlsQuestions()).map(({ data: q }) => [q.id, q.domain, [...q.tasks]]);
}

/** The MLA-C01 readiness figure's data: id → the MLA-C01 domain of the question's first `mla` id, for every question tagged for MLA-C01. */
export async function getMlaBankIndex(): Promise<[string, number][]> {
  return (await getQuestions()).flatMap(({ data: q }) => {
    const domain = mlaDomainOf(q.mla);
    return domain === null ? [] : [[q.id, domain] as [string, number]];
  });
}

/** The MLS-C01 practice exam: its fixed figures and the outline's weights. */
export async function getMlsExam(): Promise<ExamDefinition> {
  return mlsExamDefinition(Object.fromEntries((await getDomains()).map((d) => [Number(d.id), d.weight])));
}

/** The MLA-C01 practice exam, every figure read from content/mla-outline.yaml. */
export async function getMlaExam(): Promise<ExamDefinition> {
  return mlaExamDefinition(await getMlaOutline());
}
