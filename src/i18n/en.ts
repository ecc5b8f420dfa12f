// Every string a person reads, in English. Same keys and message arguments as uk.ts
// (the source catalogue): the type below makes a missing or extra key a type error.
import type { Catalogue } from './catalogue.ts';
import { site } from './site.en.ts';

export const en: Catalogue = {
  ingest: {},
  content: {},
  site,
};
