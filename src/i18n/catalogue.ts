// The shape every language's catalogue must have, derived from the Ukrainian source
// catalogue: literal strings widen to `string`, messages keep their parameters.
import type { uk } from './uk.ts';

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer E)[]
      ? readonly Widen<E>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;

/** One language's strings: the shape of uk.ts with every literal widened to string. */
export type Catalogue = Widen<typeof uk>;
