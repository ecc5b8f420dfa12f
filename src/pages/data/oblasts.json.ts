import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/site/data.ts';

export const GET: APIRoute = () => {
  const { oblasts } = loadSiteData();
  return new Response(JSON.stringify(oblasts, null, 1) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
