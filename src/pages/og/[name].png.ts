import type { APIRoute } from 'astro';
import { ogNames, ogPng } from '../../site/embed/files.ts';

export async function getStaticPaths() {
  return (await ogNames()).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = async ({ params, locals }) =>
  new Response(Buffer.from(await ogPng(params.name!, locals.site)), { headers: { 'Content-Type': 'image/png' } });
