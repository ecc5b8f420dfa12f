// Every message an editor can see about content/, Ukrainian first, then English, each
// saying what is wrong and how to fix it. Kept together so they read alike and can be
// reviewed by a Ukrainian speaker in one place.
import { closest, didYouMean, quoteEn, quoteUk } from './problem.ts';

export interface Text {
  uk: string;
  en: string;
}

const list = (items: readonly string[]) => items.join(', ');
const tags = (names: readonly string[]) => names.map((n) => `<${n}>`);
/** Long code in a message is cut so the line stays readable. */
export const excerpt = (s: string, max = 40) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

export const messages = {
  expressionInText: (code: string): Text => ({
    uk: `фігурні дужки в тексті MDX читає як програмний код: {${excerpt(code)}}. Якщо це звичайний текст, поставте перед кожною дужкою зворотну косу риску: \\{${excerpt(code)}\\}.`,
    en: `MDX reads curly braces in text as program code: {${excerpt(code)}}. If this is plain text, put a backslash before each brace: \\{${excerpt(code)}\\}.`,
  }),
  importExport: (): Text => ({
    uk: 'рядки import і export у тексті не потрібні й не дозволені: усі компоненти доступні без імпорту. Видаліть цей рядок.',
    en: 'import and export lines are neither needed nor allowed: every component is available without an import. Delete this line.',
  }),
  syntax: (uk: string, en: string, original: string): Text => ({
    uk,
    en: `${en} (MDX parser: ${original})`,
  }),
  unknownComponent: (name: string, known: readonly string[]): Text => {
    const meant = closest(name, known);
    const hint =
      meant === null
        ? { uk: '', en: '' }
        : { uk: ` Можливо, ви мали на увазі <${meant}>?`, en: ` Did you mean <${meant}>?` };
    return {
      uk: `невідомий компонент <${name}>.${hint.uk} Доступні: ${list(tags(known))}.`,
      en: `unknown component <${name}>.${hint.en} Available: ${list(tags(known))}.`,
    };
  },
  fragment: (): Text => ({
    uk: 'порожній тег <> … </> тут не потрібен: видаліть <> і </>.',
    en: 'an empty tag <> … </> is not needed here: delete <> and </>.',
  }),
  unknownAttribute: (component: string, attr: string, known: readonly string[]): Text => {
    const hint = didYouMean(attr, known);
    const uk = known.length === 0 ? `<${component}> не має атрибутів` : `допустимі: ${list(known)}`;
    const en = known.length === 0 ? `<${component}> takes no attributes` : `valid: ${list(known)}`;
    return {
      uk: `<${component}>: невідомий атрибут ${quoteUk(attr)}.${hint.uk} ${capital(uk)}.`,
      en: `<${component}>: unknown attribute ${quoteEn(attr)}.${hint.en} ${capital(en)}.`,
    };
  },
  missingAttribute: (component: string, attr: string, example: string): Text => ({
    uk: `<${component}>: бракує атрибута ${attr}, наприклад <${component} ${attr}="${example}" />.`,
    en: `<${component}>: attribute ${attr} is missing, e.g. <${component} ${attr}="${example}" />.`,
  }),
  unknownId: (component: string, attr: string, id: string, valid: readonly string[]): Text => {
    const hint = didYouMean(id, valid);
    return {
      uk: `<${component} ${attr}="${id}">: невідомий id ${quoteUk(id)}.${hint.uk} Допустимі: ${list(valid)}.`,
      en: `<${component} ${attr}="${id}">: unknown id ${quoteEn(id)}.${hint.en} Valid ids: ${list(valid)}.`,
    };
  },
  emptyValue: (component: string, attr: string): Text => ({
    uk: `<${component}>: атрибут ${attr} порожній — впишіть значення між лапками.`,
    en: `<${component}>: attribute ${attr} is empty — write a value between the quotes.`,
  }),
  badChoice: (component: string, attr: string, value: string, valid: readonly string[]): Text => {
    const hint = didYouMean(value, valid);
    return {
      uk: `<${component} ${attr}="${value}">: невідоме значення.${hint.uk} Допустимі: ${list(valid)}.`,
      en: `<${component} ${attr}="${value}">: unknown value.${hint.en} Valid: ${list(valid)}.`,
    };
  },
  flagValue: (component: string, attr: string): Text => ({
    uk: `<${component}>: ${attr} пишеться без значення — просто ${attr}, без ="…".`,
    en: `<${component}>: ${attr} takes no value — write just ${attr}, without ="…".`,
  }),
  expressionAttribute: (component: string, attr: string, code: string): Text => ({
    uk: `<${component}>: значення ${attr}={${excerpt(code)}} — це програмний код. Напишіть значення в лапках: ${attr}="…".`,
    en: `<${component}>: the value ${attr}={${excerpt(code)}} is program code. Write the value in quotes: ${attr}="…".`,
  }),
  spreadAttribute: (component: string, code: string): Text => ({
    uk: `<${component}>: {${excerpt(code)}} у тегу — програмний код, він тут не дозволений. Пишіть атрибути як назва="значення".`,
    en: `<${component}>: {${excerpt(code)}} in a tag is program code and is not allowed here. Write attributes as name="value".`,
  }),
  blockInText: (component: string, inlineFlag: string | undefined): Text => ({
    uk:
      `<${component}> стоїть усередині речення. Поставте його в окремий рядок із порожніми рядками до і після` +
      (inlineFlag ? `, або допишіть ${inlineFlag}, щоб показати лише число в реченні.` : '.'),
    en:
      `<${component}> stands inside a sentence. Put it on a line of its own with blank lines before and after` +
      (inlineFlag ? `, or add ${inlineFlag} to show just the number in the sentence.` : '.'),
  }),
  nounNotCount: (component: string, id: string, counts: readonly string[]): Text => ({
    uk: `<${component} metric="${id}" noun="…">: noun підходить лише для кількостей (${list(counts)}), не для часток чи назв. Напишіть слово після числа в самому тексті.`,
    en: `<${component} metric="${id}" noun="…">: noun fits only figures that count (${list(counts)}), not shares or names. Write the word after the figure in the text.`,
  }),
  oneOf: (component: string, attrs: readonly string[], written: readonly string[], example: string): Text =>
    written.length === 0
      ? {
          uk: `<${component}>: бракує одного з атрибутів ${attrs.join(' або ')}, наприклад <${component} ${attrs[0]}="${example}" />.`,
          en: `<${component}>: one of the attributes ${attrs.join(' or ')} is missing, e.g. <${component} ${attrs[0]}="${example}" />.`,
        }
      : {
          uk: `<${component}>: атрибути ${written.join(' і ')} разом не працюють — залиште один із них (${attrs.join(' або ')}).`,
          en: `<${component}>: attributes ${written.join(' and ')} do not work together — keep one of them (${attrs.join(' or ')}).`,
        },
  requires: (component: string, attr: string, needed: string): Text => ({
    uk: `<${component}>: ${attr} працює лише разом з ${needed}: допишіть ${needed} або приберіть ${attr}.`,
    en: `<${component}>: ${attr} works only together with ${needed}: add ${needed} or remove ${attr}.`,
  }),
  nounNeedsFlag: (component: string, flag: string): Text => ({
    uk: `<${component}>: noun працює лише разом з ${flag} (число в реченні).`,
    en: `<${component}>: noun works only together with ${flag} (a number in a sentence).`,
  }),
  nounForms: (component: string, value: string): Text => ({
    uk: `<${component} noun="${value}">: потрібні українські форми слова для 1, 2–4 і 5+ через |, як "громада|громади|громад" (дві, якщо останні збігаються: "області|областей"), або дві англійські, як "community|communities".`,
    en: `<${component} noun="${value}">: give the Ukrainian noun forms for 1, 2–4 and 5+ separated by |, like "громада|громади|громад" (two when the last two coincide: "області|областей"), or two English ones, like "community|communities".`,
  }),
  htmlElement: (name: string, allowed: readonly string[], component: string | null): Text => {
    const hint = component
      ? { uk: ` Можливо, ви мали на увазі компонент <${component}>?`, en: ` Did you mean the component <${component}>?` }
      : { uk: '', en: '' };
    return {
      uk: `HTML-елемент <${name}> у тексті не дозволений: він може запускати код, завантажувати чужі сторінки або ламати сторінку.${hint.uk} Дозволені: ${list(tags(allowed))}.`,
      en: `the HTML element <${name}> is not allowed in content: it can run code, load other sites or break the page.${hint.en} Allowed: ${list(tags(allowed))}.`,
    };
  },
  htmlEventHandler: (element: string, attr: string): Text => ({
    uk: `<${element} ${attr}=…>: атрибути on… запускають програмний код і в тексті заборонені. Видаліть ${attr}.`,
    en: `<${element} ${attr}=…>: on… attributes run program code and are not allowed in content. Delete ${attr}.`,
  }),
  htmlStyle: (element: string): Text => ({
    uk: `<${element} style=…>: власні стилі в тексті не дозволені (і політика безпеки сайту їх однаково блокує). Використайте **жирний** або *курсив*.`,
    en: `<${element} style=…>: inline styles are not allowed in content (the site's security policy blocks them anyway). Use **bold** or *italics*.`,
  }),
  htmlAttribute: (element: string, attr: string, allowed: readonly string[]): Text => {
    const hint = didYouMean(attr, allowed);
    return {
      uk: `<${element}>: атрибут ${quoteUk(attr)} не дозволений.${hint.uk} Дозволені для <${element}>: ${list(allowed)}.`,
      en: `<${element}>: attribute ${quoteEn(attr)} is not allowed.${hint.en} Allowed on <${element}>: ${list(allowed)}.`,
    };
  },
  linkScheme: (url: string, scheme: string): Text => ({
    uk: `посилання ${quoteUk(excerpt(url))}: адреси ${scheme}: не дозволені. Посилання може вести лише на https://…, http://…, mailto:… або на сторінку цього сайту.`,
    en: `link ${quoteEn(excerpt(url))}: ${scheme}: addresses are not allowed. A link may point only to https://…, http://…, mailto:… or a page of this site.`,
  }),
  remoteImage: (url: string): Text => ({
    uk: `зображення ${quoteUk(excerpt(url))} з іншого сайту не покажеться: сайт працює без інтернету й не завантажує чужі файли. Покладіть файл поруч із цим .mdx і вкажіть ./назва.png.`,
    en: `the image ${quoteEn(excerpt(url))} from another site will not show: the site works offline and loads no outside files. Put the file next to this .mdx and write ./name.png.`,
  }),
};

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
