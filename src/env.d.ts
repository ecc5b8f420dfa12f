// Plain `tsc` cannot read .astro files; give their default export a type so
// TypeScript modules that import components (e.g. the MDX component map) check.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

declare namespace App {
  interface Locals {
    /** The published set the page renders (src/middleware.ts; tests pass a fixture). */
    site: import('./site/data.ts').SiteData;
    /** The column names of the page's card tables, for its one label style (src/site/table-labels.ts). */
    tableLabels?: Map<string, import('./site/table-labels.ts').ColumnLabels>;
  }
}

// The `hyphen` package ships no types; src/text/hyphenate.ts uses only this part of it.
// (Imported by file: the package has no "exports" map, and Node's ESM resolver refuses
// directory imports such as `hyphen/uk`.)
interface HyphenPatterns {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
declare module 'hyphen/uk/index.js' {
  const patterns: HyphenPatterns;
  export default patterns;
}
declare module 'hyphen/en-us/index.js' {
  const patterns: HyphenPatterns;
  export default patterns;
}
