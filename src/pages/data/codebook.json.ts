import type { APIRoute } from 'astro';
import { jsonFile } from '../../site/csv-export.ts';

export const GET: APIRoute = ({ locals }) => {
  const { codebook, dataset } = locals.site;
  return new Response(jsonFile(codebook, dataset), { headers: { 'Content-Type': 'application/json' } });
};
