// Every string a person reads, in Ukrainian: the source catalogue. Other languages mirror
// its shape (catalogue.ts derives the type from this file), so a key missing from en.ts — or
// a message taking other arguments — fails `astro check`. Survey wording (questions, options,
// metrics) is data, in data/codebook.json, not here.
//
// Sections follow the flow of the data: `ingest` (the data CLI and its problems), `content`
// (the editors' content check), `site` (pages, components, downloads). A parameterised
// message is a function of its values; everything else is a plain string.
import { site } from './site.uk.ts';

export const uk = {
  ingest: {},
  content: {},
  site,
};
