// The embed page's script at a stable URL (/embed/embed.js): a classic script, so it
// runs inside sandboxed iframes too (see lib/embed/bundle.ts).
import type { APIRoute } from 'astro';
import { bundleEmbedScript } from '../../site/embed/bundle.ts';

export const GET: APIRoute = async () =>
  new Response(await bundleEmbedScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
