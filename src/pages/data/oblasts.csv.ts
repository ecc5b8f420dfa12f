import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site/data.ts';
import { oblastsCsv } from '../../site/csv-export.ts';

export const GET: APIRoute = () => {
  const { oblasts, codebook, dataset } = loadSiteData();
  return new Response(oblastsCsv(oblasts, codebook, dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
