import type { APIRoute } from 'astro';
import { getExamBank } from '../../data/practice.ts';

/** The question bank with HTML already rendered, for the practice pages (shape in src/lib/exam-bank.ts). */
export const GET: APIRoute = async () => Response.json(await getExamBank());
