import type { APIRoute } from 'astro';
import { getOutlineData } from '../../data/guide.ts';

/** The exam outline with its coverage by pages and questions, as open data (shape in the README). */
export const GET: APIRoute = async () => Response.json(await getOutlineData());
