// The `{uk, en}` type had three names; `Localized` (src/contract/types.ts) is the one.
// This alias only keeps src/ingest/publish compiling until it says Localized too.
import type { Localized } from '../contract/types.ts';

/** @deprecated Use `Localized` from src/contract/types.ts. */
export type Bilingual = Localized;
