import type { APIRoute } from 'astro';
import { oblastsCsv } from '../../site/csv-export.ts';

export const GET: APIRoute = ({ locals }) => {
  const { oblasts, codebook, dataset } = locals.site;
  return new Response(oblastsCsv(oblasts, codebook, dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
