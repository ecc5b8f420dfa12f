import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site/data.ts';
import { jsonFile } from '../../site/csv-export.ts';

export const GET: APIRoute = () => {
  const { codebook, dataset } = loadSiteData();
  return new Response(jsonFile(codebook, dataset), { headers: { 'Content-Type': 'application/json' } });
};
