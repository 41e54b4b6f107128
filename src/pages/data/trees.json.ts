import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildTreesData } from '../../lib/open-data/open-data.ts';

/** Every decision tree as open data (shape documented in the README). */
export const GET: APIRoute = async () => Response.json(buildTreesData((await getCollection('trees')).map((t) => t.data)));
