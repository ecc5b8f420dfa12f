// Every string a person reads, in English. Same keys and message arguments as uk.ts
// (the source catalogue): the type below makes a missing or extra key a type error.
import { countNoun } from '../text/format.ts';
import type { Catalogue } from './catalogue.ts';

const quote = (s: string) => `"${s}"`;
const list = (items: readonly string[]) => items.join(', ');
const tags = (names: readonly string[]) => list(names.map((n) => `<${n}>`));
const meant = (hit: string | null) => (hit === null ? '' : ` Did you mean ${quote(hit)}?`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const content: Catalogue['content'] = {
  // ---- MDX text ----
  expressionInText: (code) =>
    `MDX reads curly braces in text as program code: {${code}}. If this is plain text, put a backslash before each brace: \\{${code}\\}.`,
  importExport: () =>
    'import and export lines are neither needed nor allowed: every component is available without an import. Delete this line.',
  syntax: (explanation, parser) => `${explanation} (MDX parser: ${parser})`,
  braceInText: () =>
    'a curly brace { in the text: MDX reads it as the start of program code. If it is plain text, write \\{ and \\}.',
  htmlComment: () => 'an HTML comment <!-- … --> does not work in MDX. Write a comment as {/* text */}.',
  lessThan: () => 'this < does not start a tag. If it means "less than", write \\<; write a link as [text](https://…).',
  voidTag: (tag) => `in MDX the tag <${tag}> closes at once, with a slash: <${tag} />.`,
  unclosedTag: (tag) =>
    `the tag <${tag}> is not closed: add </${tag}> after its text, or close it at once: <${tag} />.`,
  mismatchedTag: (closing, open) =>
    `the closing tag </${closing}> does not match the open <${open}>: close <${open}> first.`,
  unreadable: () => 'the text could not be read as MDX: check the tags <…> and curly braces { } near this place.',
  // ---- Components ----
  unknownComponent: (name, known, hit) =>
    `unknown component <${name}>.${hit === null ? '' : ` Did you mean <${hit}>?`} Available: ${tags(known)}.`,
  fragment: () => 'an empty tag <> … </> is not needed here: delete <> and </>.',
  unknownAttribute: (component, attr, known, hit) =>
    `<${component}>: unknown attribute ${quote(attr)}.${meant(hit)} ${capital(known.length === 0 ? `<${component}> takes no attributes` : `valid: ${list(known)}`)}.`,
  missingAttribute: (component, attr, example) =>
    `<${component}>: attribute ${attr} is missing, e.g. <${component} ${attr}="${example}" />.`,
  unknownId: (component, attr, id, valid, hit) =>
    `<${component} ${attr}="${id}">: unknown id ${quote(id)}.${meant(hit)} Valid ids: ${list(valid)}.`,
  emptyValue: (component, attr) => `<${component}>: attribute ${attr} is empty — write a value between the quotes.`,
  badChoice: (component, attr, value, valid, hit) =>
    `<${component} ${attr}="${value}">: unknown value.${meant(hit)} Valid: ${list(valid)}.`,
  flagValue: (component, attr) => `<${component}>: ${attr} takes no value — write just ${attr}, without ="…".`,
  expressionAttribute: (component, attr, code) =>
    `<${component}>: the value ${attr}={${code}} is program code. Write the value in quotes: ${attr}="…".`,
  spreadAttribute: (component, code) =>
    `<${component}>: {${code}} in a tag is program code and is not allowed here. Write attributes as name="value".`,
  blockInText: (component, inlineFlag) =>
    `<${component}> stands inside a sentence. Put it on a line of its own with blank lines before and after` +
    (inlineFlag ? `, or add ${inlineFlag} to show just the number in the sentence.` : '.'),
  nounNotCount: (component, id, counts) =>
    `<${component} metric="${id}" noun="…">: noun fits only figures that count (${list(counts)}), not shares or names. Write the word after the figure in the text.`,
  oneOf: (component, attrs, written, example) =>
    written.length === 0
      ? `<${component}>: one of the attributes ${attrs.join(' or ')} is missing, e.g. <${component} ${attrs[0]}="${example}" />.`
      : `<${component}>: attributes ${written.join(' and ')} do not work together — keep one of them (${attrs.join(' or ')}).`,
  requires: (component, attr, needed) =>
    `<${component}>: ${attr} works only together with ${needed}: add ${needed} or remove ${attr}.`,
  nounNeedsFlag: (component, flag) => `<${component}>: noun works only together with ${flag} (a number in a sentence).`,
  nounForms: (component, value) =>
    `<${component} noun="${value}">: give the Ukrainian noun forms for 1, 2–4 and 5+ separated by |, like "громада|громади|громад" (two when the last two coincide: "області|областей"), or two English ones, like "community|communities".`,
  // ---- HTML and links ----
  htmlElement: (name, allowed, component) =>
    `the HTML element <${name}> is not allowed in content: it can run code, load other sites or break the page.${component ? ` Did you mean the component <${component}>?` : ''} Allowed: ${tags(allowed)}.`,
  htmlEventHandler: (element, attr) =>
    `<${element} ${attr}=…>: on… attributes run program code and are not allowed in content. Delete ${attr}.`,
  htmlStyle: (element) =>
    `<${element} style=…>: inline styles are not allowed in content (the site's security policy blocks them anyway). Use **bold** or *italics*.`,
  htmlAttribute: (element, attr, allowed, hit) =>
    `<${element}>: attribute ${quote(attr)} is not allowed.${meant(hit)} Allowed on <${element}>: ${list(allowed)}.`,
  linkScheme: (url, scheme) =>
    `link ${quote(url)}: ${scheme}: addresses are not allowed. A link may point only to https://…, http://…, mailto:… or a page of this site.`,
  remoteImage: (url) =>
    `the image ${quote(url)} from another site will not show: the site works offline and loads no outside files. Put the file next to this .mdx and write ./name.png.`,
  // ---- Frontmatter ----
  fieldPurpose: {
    title: 'the section title',
    description: 'a description for search engines and social media',
    page: 'the page the text goes on',
    order: 'the order of the section on its page',
    section: 'the section anchor in Latin letters',
    nav: 'a short name for the contents',
  },
  noFrontmatter: () =>
    'the file does not start with fields between --- lines. Add them at the top (title, description, page, order), as in the other files.',
  unreadableFields: (reason) =>
    `the fields cannot be read (${reason ?? 'YAML error'}). One field per line: name, colon, space, value. If a value contains a colon or starts with a quote, put the whole value in quotes.`,
  unknownField: (key, known, hit) => `unknown field ${quote(key)}.${meant(hit)} Valid fields: ${list(known)}.`,
  unknownValue: (key, shown, valid, hit) =>
    `${key}: ${quote(shown)} is not a known value.${meant(hit)} Valid: ${list(valid)}.`,
  badFormat: (key, shown, hit) =>
    `${key}: ${quote(shown)} — only lowercase Latin letters, digits and hyphens, starting with a letter.${meant(hit)}`,
  emptyField: (key) => `the field ${quote(key)} is empty — write a value.`,
  notWholeNumber: (key) => `${key}: must be a whole number from 0.`,
  missingField: (key, purpose, example) =>
    `the field ${quote(key)} is missing${purpose ? ` (${purpose}). Add a line between the --- lines like ${example}` : ''}.`,
  notNumber: (key, shown) => `${key}: ${quote(shown)} must be a whole number, e.g. ${key}: 3.`,
  notText: (key, shown) => `${key}: must be text; put the value in quotes: ${key}: "${shown}".`,
  badField: (key, zod) => `field ${quote(key)}: ${zod}.`,
  // ---- Across files ----
  missingFolder: (lang) => `the folder for ${lang} texts is missing.`,
  notMdx: (name) =>
    `the site does not read ${quote(name)}: texts must be .mdx files. Rename it to …mdx or move it out of this folder.`,
  missingPage: (lang, page) =>
    `no ${lang} file has page: ${page}, so the ${quote(page)} page would be empty. Add a file with page: ${page}.`,
  duplicate: (field, value, first, page) =>
    `${field}: ${value} is already used by ${first} on the same ${quote(page)} page. Give this file another ${field}.`,
  // ---- Reports ----
  summary: (problems, files) =>
    `Found ${problems} problem${problems === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Fix them and check again: npm run check:content`,
  allFine: (files) => `Content OK: ${files} MDX ${countNoun(files, 'file|files', 'en')} checked.`,
  errorPageTitle: 'Content error',
  errorPageHeading: (problems) =>
    `The page cannot be shown: the report's texts have ${problems === 1 ? 'a problem' : `${problems} problems`}`,
  errorPageFix: (problems) => `Fix the file${problems === 1 ? '' : 's'} below and save; this page reloads by itself.`,
};

export const en: Catalogue = {
  ingest: {},
  content,
  site: {},
};
