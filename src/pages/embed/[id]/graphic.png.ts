import type { APIRoute } from 'astro';
import { graphicPng } from '../../../lib/embed/files.ts';
import { graphicPaths } from '../../../lib/embed/site-graphics.ts';

export const getStaticPaths = graphicPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(Buffer.from(await graphicPng(params.id!, 'uk', site)), { headers: { 'Content-Type': 'image/png' } });
