import type { APIRoute } from 'astro';
import { jsonFile } from '../../site/csv-export.ts';

export const GET: APIRoute = ({ locals }) => {
  const { national, dataset } = locals.site;
  return new Response(jsonFile(national, dataset), { headers: { 'Content-Type': 'application/json' } });
};
