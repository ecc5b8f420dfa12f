import type { APIRoute } from 'astro';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { languages } from '../i18n/index.ts';
import { textPages } from '../site/pages.ts';
import type { Lang } from '../contract/types.ts';
import { profilePathSegment } from '../site/profile-paths.ts';

const langs = Object.keys(languages) as Lang[];

export const GET: APIRoute = ({ site, locals }) => {
  const abs = (lang: Lang, path: string) => new URL(getRelativeLocaleUrl(lang, path), site).href;
  const profiles = locals.site.registry.map((u) => profilePathSegment(u.iso));
  const urls = [...textPages, ...profiles].flatMap((path) =>
    langs.map(
      (lang) =>
        `<url><loc>${abs(lang, path)}</loc>` +
        langs.map((alt) => `<xhtml:link rel="alternate" hreflang="${alt}" href="${abs(alt, path)}"/>`).join('') +
        `<xhtml:link rel="alternate" hreflang="x-default" href="${abs('uk', path)}"/></url>`,
    ),
  );
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    urls.join('\n') +
    '\n</urlset>\n';
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
