import type { APIRoute } from 'astro';
import { jsonFile } from '../../site/csv-export.ts';

export const GET: APIRoute = ({ locals }) => {
  const { oblasts, dataset } = locals.site;
  return new Response(jsonFile(oblasts, dataset), { headers: { 'Content-Type': 'application/json' } });
};
