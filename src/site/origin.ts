// Where the site will be published is known only when the build is told (SITE_URL).
// Without it Astro still needs an origin for canonical links and sitemaps, so the
// config gives it a placeholder; nothing a reader copies or downloads may carry that.

/** The origin astro.config.mjs uses when SITE_URL is unset (keep the two equal). */
export const PLACEHOLDER_SITE = 'https://smart-survey.example.org';

/** The site the build was given, or null when it runs on the placeholder. */
export function configuredSite(site: URL | undefined): URL | null {
  return site && site.origin !== PLACEHOLDER_SITE ? site : null;
}
