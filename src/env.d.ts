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
  }
}
