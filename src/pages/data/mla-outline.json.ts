import type { APIRoute } from 'astro';
import { getMlaOutlineData } from '../../data/guide.ts';

/** The MLA-C01 outline with its coverage by pages and questions and exam facts, as open data (shape in the README). */
export const GET: APIRoute = async () => Response.json(await getMlaOutlineData());
