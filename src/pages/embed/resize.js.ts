// The host-side resizer at a stable URL (/embed/resize.js), bundled from TypeScript
// at build time so it shares the message validation with the tests.
import type { APIRoute } from 'astro';
import { bundleResizer } from '../../site/embed/bundle.ts';

export const GET: APIRoute = async () =>
  new Response(await bundleResizer(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
