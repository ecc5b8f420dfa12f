// Plain `tsc` cannot read .astro files; give their default export a type so
// TypeScript modules that import components (e.g. the MDX component map) check.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
