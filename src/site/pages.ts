/** Paths (without language prefix or base) of the site's pages in both languages. */
export const textPages = ['', 'methodology', 'data', 'press', 'about'] as const;
