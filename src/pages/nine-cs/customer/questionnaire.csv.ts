import type { APIRoute } from 'astro';
import { getGuides } from '../../../data/guides.ts';
import { toCsv } from '../../../lib/csv.ts';

/** The standard questionnaire as CSV: one row per question. */
export const GET: APIRoute = async () => {
  const questions = (await getGuides()).byC.get('customer')?.data.questionnaire ?? [];
  const rows = [['id', 'question', 'type', 'answers'], ...questions.map((q) => [q.id, q.question, q.answers ? 'choose one' : 'free text', (q.answers ?? []).join(' | ')])];
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
