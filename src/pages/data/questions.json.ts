import type { APIRoute } from 'astro';
import { getCaseStudies, getQuestions } from '../../data/guide.ts';
import { buildQuestionsData } from '../../lib/open-data/open-data.ts';

/** The question bank as open data (shape documented in the README). */
export const GET: APIRoute = async () =>
  Response.json(
    buildQuestionsData(
      (await getQuestions()).map((q) => q.data),
      await getCaseStudies(),
    ),
  );
