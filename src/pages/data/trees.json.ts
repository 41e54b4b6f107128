import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { pageHref } from '../../lib/urls.ts';

/** Every decision tree as open data (shape documented in the README). */
export const GET: APIRoute = async () => {
  const trees = (await getCollection('trees')).sort((a, b) => a.id.localeCompare(b.id));
  return Response.json({
    version: 1,
    trees: trees.map(({ data: t }) => ({
      id: t.id,
      title: t.title,
      page: pageHref(t.page),
      tasks: t.tasks,
      start: t.start,
      nodes: Object.fromEntries(
        Object.entries(t.nodes).map(([id, n]) => [id, { question: n.question, ...(n.help ? { help: n.help } : {}), options: n.options }]),
      ),
      outcomes: t.outcomes,
    })),
  });
};
