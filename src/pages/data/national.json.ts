import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/site/data.ts';

export const GET: APIRoute = () => {
  const { national } = loadSiteData();
  return new Response(JSON.stringify(national, null, 1) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
