// Every message an editor can see about an MDX file's text, components and HTML: the
// wording lives in the catalogue (src/i18n/uk.ts, section `content`, and its translations);
// here each message gets its values ready — code cut to an excerpt, the nearest valid name
// for "did you mean" — and comes back in every language (Ukrainian first).
import type { Localized } from '../../contract/types.ts';
import { localized } from '../../i18n/index.ts';
import { didYouMean } from '../../text/did-you-mean.ts';

/** Long code in a message is cut so the line stays readable. */
const excerpt = (s: string, max = 40) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

type Words = readonly string[];

export const messages = {
  expressionInText: (code: string): Localized => localized((c) => c.content.expressionInText(excerpt(code))),
  importExport: (): Localized => localized((c) => c.content.importExport()),
  /** `explanation` what to do (in every language), `parser` what the MDX parser said. */
  syntax: (explanation: Localized, parser: string): Localized =>
    localized((c, lang) => c.content.syntax(explanation[lang], parser)),
  unknownComponent: (name: string, known: Words): Localized => {
    const hit = didYouMean(name, known);
    return localized((c) => c.content.unknownComponent(name, known, hit));
  },
  fragment: (): Localized => localized((c) => c.content.fragment()),
  unknownAttribute: (component: string, attr: string, known: Words): Localized => {
    const hit = didYouMean(attr, known);
    return localized((c) => c.content.unknownAttribute(component, attr, known, hit));
  },
  missingAttribute: (component: string, attr: string, example: string): Localized =>
    localized((c) => c.content.missingAttribute(component, attr, example)),
  unknownId: (component: string, attr: string, id: string, valid: Words): Localized => {
    const hit = didYouMean(id, valid);
    return localized((c) => c.content.unknownId(component, attr, id, valid, hit));
  },
  emptyValue: (component: string, attr: string): Localized => localized((c) => c.content.emptyValue(component, attr)),
  badChoice: (component: string, attr: string, value: string, valid: Words): Localized => {
    const hit = didYouMean(value, valid);
    return localized((c) => c.content.badChoice(component, attr, value, valid, hit));
  },
  flagValue: (component: string, attr: string): Localized => localized((c) => c.content.flagValue(component, attr)),
  expressionAttribute: (component: string, attr: string, code: string): Localized =>
    localized((c) => c.content.expressionAttribute(component, attr, excerpt(code))),
  spreadAttribute: (component: string, code: string): Localized =>
    localized((c) => c.content.spreadAttribute(component, excerpt(code))),
  blockInText: (component: string, inlineFlag: string | undefined): Localized =>
    localized((c) => c.content.blockInText(component, inlineFlag)),
  nounNotCount: (component: string, id: string, counts: Words): Localized =>
    localized((c) => c.content.nounNotCount(component, id, counts)),
  oneOf: (component: string, attrs: Words, written: Words, example: string): Localized =>
    localized((c) => c.content.oneOf(component, attrs, written, example)),
  requires: (component: string, attr: string, needed: string): Localized =>
    localized((c) => c.content.requires(component, attr, needed)),
  nounNeedsFlag: (component: string, flag: string): Localized =>
    localized((c) => c.content.nounNeedsFlag(component, flag)),
  nounForms: (component: string, value: string): Localized => localized((c) => c.content.nounForms(component, value)),
  /** `component`: the component the element's name is a typo of, if any. */
  htmlElement: (name: string, allowed: Words, component: string | null): Localized =>
    localized((c) => c.content.htmlElement(name, allowed, component)),
  htmlEventHandler: (element: string, attr: string): Localized =>
    localized((c) => c.content.htmlEventHandler(element, attr)),
  htmlStyle: (element: string): Localized => localized((c) => c.content.htmlStyle(element)),
  htmlAttribute: (element: string, attr: string, allowed: Words): Localized => {
    const hit = didYouMean(attr, allowed);
    return localized((c) => c.content.htmlAttribute(element, attr, allowed, hit));
  },
  linkScheme: (url: string, scheme: string): Localized => localized((c) => c.content.linkScheme(excerpt(url), scheme)),
  remoteImage: (url: string): Localized => localized((c) => c.content.remoteImage(excerpt(url))),
};
