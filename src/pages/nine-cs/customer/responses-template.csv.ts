import type { APIRoute } from 'astro';
import { getGuides } from '../../../data/guides.ts';
import { toCsv } from '../../../lib/csv.ts';

/** A blank sheet for answers: one column per question, so results can be compared and combined. */
export const GET: APIRoute = async () => {
  const questions = (await getGuides()).byC.get('customer')?.data.questionnaire ?? [];
  return new Response(toCsv([['organisation', 'sector', 'area', 'date', ...questions.map((q) => q.id)]]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
