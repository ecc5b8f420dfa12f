// Every mistake an editor can make in content/, each as a small fixture file with the
// exact message it must produce (file:line:column, rule, Ukrainian, English), and the
// other way round: everything the guide and the component registry allow passes.
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import codebook from '../../../data/codebook.json' with { type: 'json' };
import type { Codebook } from '../../contract/types.ts';
import { checkContent, checkFile } from './check-content.ts';
import { components, idLists } from './components.ts';
import { formatProblems, sentence } from './problem.ts';

const cb = codebook as Codebook;
const cases = 'tests/fixtures/content-cases';
const check = (source: string, file = 'x.mdx') => checkFile(source, file, cb).problems;
const frontmatter = '---\ntitle: Т\ndescription: О\npage: report\norder: 1\n---\n\n';

/** Fixture file → the exact report for it ('' = no problems). */
const expected: Record<string, string> = {
  'allowed-html.mdx': '',
  'attribute-with-gt.mdx': `
attribute-with-gt.mdx:8:37 [mdx/unknown-id]
  <ChoroplethMap metric="nope">: невідомий id «nope». Допустимі: strategy_adopted, strategy_any, has_cdto, need_funding, smart_readiness_index, top_priority, coverage.
  <ChoroplethMap metric="nope">: unknown id "nope". Valid ids: strategy_adopted, strategy_any, has_cdto, need_funding, smart_readiness_index, top_priority, coverage.`,
  'block-in-text.mdx': `
block-in-text.mdx:8:3 [mdx/block-in-text]
  <KeyFigure> стоїть усередині речення. Поставте його в окремий рядок із порожніми рядками до і після, або допишіть inline, щоб показати лише число в реченні.
  <KeyFigure> stands inside a sentence. Put it on a line of its own with blank lines before and after, or add inline to show just the number in the sentence.`,
  'code-is-text.mdx': '',
  'event-handler.mdx': `
event-handler.mdx:8:32 [html/event-handler]
  <abbr onmouseover=…>: атрибути on… запускають програмний код і в тексті заборонені. Видаліть onmouseover.
  <abbr onmouseover=…>: on… attributes run program code and are not allowed in content. Delete onmouseover.`,
  'expression-attribute-code.mdx': `
expression-attribute-code.mdx:8:11 [mdx/expression-attribute]
  <BarChart>: значення question={needs} — це програмний код. Напишіть значення в лапках: question="…".
  <BarChart>: the value question={needs} is program code. Write the value in quotes: question="…".`,
  'expression-attribute-id.mdx': `
expression-attribute-id.mdx:8:11 [mdx/unknown-id]
  <BarChart question="nope">: невідомий id «nope». Допустимі: smart_strategy, priority_areas, needs, first_steps, solutions, has_cdto.
  <BarChart question="nope">: unknown id "nope". Valid ids: smart_strategy, priority_areas, needs, first_steps, solutions, has_cdto.`,
  'expression-in-text.mdx': `
expression-in-text.mdx:10:10 [mdx/expression-in-text]
  Фігурні дужки в тексті MDX читає як програмний код: {частка}. Якщо це звичайний текст, поставте перед кожною дужкою зворотну косу риску: \\{частка\\}.
  MDX reads curly braces in text as program code: {частка}. If this is plain text, put a backslash before each brace: \\{частка\\}.`,
  'form.mdx': `
form.mdx:8:1 [html/element]
  HTML-елемент <form> у тексті не дозволений: він може запускати код, завантажувати чужі сторінки або ламати сторінку. Дозволені: <a>, <abbr>, <b>, <br>, <cite>, <code>, <del>, <dfn>, <em>, <i>, <ins>, <kbd>, <mark>, <q>, <s>, <small>, <span>, <strong>, <sub>, <sup>, <time>, <u>, <wbr>.
  The HTML element <form> is not allowed in content: it can run code, load other sites or break the page. Allowed: <a>, <abbr>, <b>, <br>, <cite>, <code>, <del>, <dfn>, <em>, <i>, <ins>, <kbd>, <mark>, <q>, <s>, <small>, <span>, <strong>, <sub>, <sup>, <time>, <u>, <wbr>.

form.mdx:8:36 [html/element]
  HTML-елемент <input> у тексті не дозволений: він може запускати код, завантажувати чужі сторінки або ламати сторінку. Дозволені: <a>, <abbr>, <b>, <br>, <cite>, <code>, <del>, <dfn>, <em>, <i>, <ins>, <kbd>, <mark>, <q>, <s>, <small>, <span>, <strong>, <sub>, <sup>, <time>, <u>, <wbr>.
  The HTML element <input> is not allowed in content: it can run code, load other sites or break the page. Allowed: <a>, <abbr>, <b>, <br>, <cite>, <code>, <del>, <dfn>, <em>, <i>, <ins>, <kbd>, <mark>, <q>, <s>, <small>, <span>, <strong>, <sub>, <sup>, <time>, <u>, <wbr>.`,
  'frontmatter-page-typo.mdx': `
frontmatter-page-typo.mdx:1:1 [frontmatter/missing-field]
  Бракує поля «description» (опис для пошукових систем і соцмереж). Допишіть між рядками --- рядок на кшталт description: Коротко, про що цей розділ.
  The field "description" is missing (a description for search engines and social media). Add a line between the --- lines like description: Коротко, про що цей розділ.

frontmatter-page-typo.mdx:3:1 [frontmatter/value]
  page: «abuot» — невідоме значення. Можливо, ви мали на увазі «about»? Допустимі: report, methodology, data, about, press.
  page: "abuot" is not a known value. Did you mean "about"? Valid: report, methodology, data, about, press.`,
  'frontmatter-section.mdx': `
frontmatter-section.mdx:6:1 [frontmatter/format]
  section: «Про нас» — лише малі латинські літери, цифри й дефіси, на початку літера.
  section: "Про нас" — only lowercase Latin letters, digits and hyphens, starting with a letter.`,
  'html-comment.mdx': `
html-comment.mdx:8:1 [mdx/syntax]
  HTML-коментар <!-- … --> у MDX не працює. Коментар пишіть так: {/* текст */}.
  An HTML comment <!-- … --> does not work in MDX. Write a comment as {/* text */}. (MDX parser: Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` (note: to create a comment in MDX, use \`{/* text */}\`))`,
  'iframe.mdx': `
iframe.mdx:8:1 [html/element]
  HTML-елемент <iframe> у тексті не дозволений: він може запускати код, завантажувати чужі сторінки або ламати сторінку. Дозволені: <a>, <abbr>, <b>, <br>, <cite>, <code>, <del>, <dfn>, <em>, <i>, <ins>, <kbd>, <mark>, <q>, <s>, <small>, <span>, <strong>, <sub>, <sup>, <time>, <u>, <wbr>.
  The HTML element <iframe> is not allowed in content: it can run code, load other sites or break the page. Allowed: <a>, <abbr>, <b>, <br>, <cite>, <code>, <del>, <dfn>, <em>, <i>, <ins>, <kbd>, <mark>, <q>, <s>, <small>, <span>, <strong>, <sub>, <sup>, <time>, <u>, <wbr>.`,
  'javascript-link.mdx': `
javascript-link.mdx:8:1 [html/url-scheme]
  Посилання «javascript:alert(1)»: адреси javascript: не дозволені. Посилання може вести лише на https://…, http://…, mailto:… або на сторінку цього сайту.
  Link "javascript:alert(1)": javascript: addresses are not allowed. A link may point only to https://…, http://…, mailto:… or a page of this site.

javascript-link.mdx:8:41 [html/url-scheme]
  Посилання «JavaScript:alert(1)»: адреси javascript: не дозволені. Посилання може вести лише на https://…, http://…, mailto:… або на сторінку цього сайту.
  Link "JavaScript:alert(1)": javascript: addresses are not allowed. A link may point only to https://…, http://…, mailto:… or a page of this site.`,
  'meta-refresh.mdx': `
meta-refresh.mdx:8:1 [html/element]
  HTML-елемент <meta> у тексті не дозволений: він може запускати код, завантажувати чужі сторінки або ламати сторінку. Дозволені: <a>, <abbr>, <b>, <br>, <cite>, <code>, <del>, <dfn>, <em>, <i>, <ins>, <kbd>, <mark>, <q>, <s>, <small>, <span>, <strong>, <sub>, <sup>, <time>, <u>, <wbr>.
  The HTML element <meta> is not allowed in content: it can run code, load other sites or break the page. Allowed: <a>, <abbr>, <b>, <br>, <cite>, <code>, <del>, <dfn>, <em>, <i>, <ins>, <kbd>, <mark>, <q>, <s>, <small>, <span>, <strong>, <sub>, <sup>, <time>, <u>, <wbr>.`,
  'key-figure-one-of.mdx': `
key-figure-one-of.mdx:8:1 [mdx/one-of]
  <KeyFigure>: атрибути metric і question разом не працюють — залиште один із них (metric або question).
  <KeyFigure>: attributes metric and question do not work together — keep one of them (metric or question).

key-figure-one-of.mdx:10:1 [mdx/one-of]
  <KeyFigure>: бракує одного з атрибутів metric або question, наприклад <KeyFigure metric="respondents" />.
  <KeyFigure>: one of the attributes metric or question is missing, e.g. <KeyFigure metric="respondents" />.`,
  'breakdown-option.mdx': `
breakdown-option.mdx:8:1 [mdx/requires]
  <Breakdown>: option працює лише разом з inline: допишіть inline або приберіть option.
  <Breakdown>: option works only together with inline: add inline or remove option.

breakdown-option.mdx:10:12 [mdx/unknown-id]
  <Breakdown by="size">: невідомий id «size». Допустимі: community_type, population_class.
  <Breakdown by="size">: unknown id "size". Valid ids: community_type, population_class.

breakdown-option.mdx:12:8 [mdx/requires]
  <Breakdown>: inline працює лише разом з option: допишіть option або приберіть inline.
  <Breakdown>: inline works only together with option: add option or remove inline.`,
  'noun-on-share.mdx': `
noun-on-share.mdx:8:1 [mdx/noun-not-count]
  <KeyFigure metric="strategy_adopted" noun="…">: noun підходить лише для кількостей (respondents, oblasts_covered, oblasts_ranked, min_respondents, communities_total), не для часток чи назв. Напишіть слово після числа в самому тексті.
  <KeyFigure metric="strategy_adopted" noun="…">: noun fits only figures that count (respondents, oblasts_covered, oblasts_ranked, min_respondents, communities_total), not shares or names. Write the word after the figure in the text.`,
  'script.mdx': `
script.mdx:10:1 [html/element]
  HTML-елемент <script> у тексті не дозволений: він може запускати код, завантажувати чужі сторінки або ламати сторінку. Дозволені: <a>, <abbr>, <b>, <br>, <cite>, <code>, <del>, <dfn>, <em>, <i>, <ins>, <kbd>, <mark>, <q>, <s>, <small>, <span>, <strong>, <sub>, <sup>, <time>, <u>, <wbr>.
  The HTML element <script> is not allowed in content: it can run code, load other sites or break the page. Allowed: <a>, <abbr>, <b>, <br>, <cite>, <code>, <del>, <dfn>, <em>, <i>, <ins>, <kbd>, <mark>, <q>, <s>, <small>, <span>, <strong>, <sub>, <sup>, <time>, <u>, <wbr>.`,
  'style-attribute.mdx': `
style-attribute.mdx:8:13 [html/style]
  <span style=…>: власні стилі в тексті не дозволені (і політика безпеки сайту їх однаково блокує). Використайте **жирний** або *курсив*.
  <span style=…>: inline styles are not allowed in content (the site's security policy blocks them anyway). Use **bold** or *italics*.`,
  'unclosed-brace.mdx': `
unclosed-brace.mdx:8:8 [mdx/syntax]
  Фігурна дужка { у тексті: MDX читає її як початок програмного коду. Якщо це звичайний текст, напишіть \\{ і \\}.
  A curly brace { in the text: MDX reads it as the start of program code. If it is plain text, write \\{ and \\}. (MDX parser: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`)`,
  'unknown-component.mdx': `
unknown-component.mdx:8:1 [mdx/unknown-component]
  Невідомий компонент <ChoroplethMapp>. Можливо, ви мали на увазі <ChoroplethMap>? Доступні: <ChoroplethMap>, <BarChart>, <KeyFigure>, <OblastRanking>, <Breakdown>, <DataTable>, <IndexExplanation>, <CommunityList>.
  Unknown component <ChoroplethMapp>. Did you mean <ChoroplethMap>? Available: <ChoroplethMap>, <BarChart>, <KeyFigure>, <OblastRanking>, <Breakdown>, <DataTable>, <IndexExplanation>, <CommunityList>.`,
  'unknown-id.mdx': `
unknown-id.mdx:10:11 [mdx/unknown-id]
  <BarChart question="need">: невідомий id «need». Можливо, ви мали на увазі «needs»? Допустимі: smart_strategy, priority_areas, needs, first_steps, solutions, has_cdto.
  <BarChart question="need">: unknown id "need". Did you mean "needs"? Valid ids: smart_strategy, priority_areas, needs, first_steps, solutions, has_cdto.`,
};

describe('content cases', () => {
  it('has a fixture for every expected message and the other way round', () => {
    expect(readdirSync(cases).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, report] of Object.entries(expected)) {
    it(`${name} → ${report === '' ? 'passes' : 'its exact message'}`, () => {
      const source = readFileSync(join(cases, name), 'utf8');
      expect(formatProblems(checkFile(source, name, cb).problems)).toBe(report.replace(/^\n/, ''));
    });
  }
});

describe('what passes', () => {
  it('every component with every valid id and value of each attribute', () => {
    const lists = idLists(cb);
    for (const [name, spec] of Object.entries(components)) {
      // The attribute under test stands in for its `oneOf` alternatives; otherwise the first is written.
      const required = (skip: string) =>
        [...spec.required, ...(spec.oneOf && !spec.oneOf.includes(skip) ? spec.oneOf.slice(0, 1) : [])]
          .filter((r) => r !== skip)
          .map((r) => {
            const rule = spec.attributes[r]!;
            return rule.type === 'id' || rule.type === 'ids' ? ` ${r}="${lists[rule.list][0]}"` : ` ${r}="x"`;
          })
          .join('');
      const tags = [`<${name}${required('')} />`];
      for (const [attr, rule] of Object.entries(spec.attributes)) {
        const values =
          rule.type === 'id' ? lists[rule.list] : rule.type === 'ids' ? [lists[rule.list].join(', ')] : [];
        for (const v of rule.type === 'choice' ? rule.values : values) tags.push(`<${name}${required(attr)} ${attr}="${v}" />`);
        if (rule.type === 'id') for (const v of values) tags.push(`<${name}${required(attr)} ${attr}={"${v}"} />`);
      }
      for (const tag of tags) expect(check(`${frontmatter}${tag}\n`), tag).toEqual([]);
    }
  });

  it('key figures inside a sentence, with agreeing nouns for counts', () => {
    const lists = idLists(cb);
    for (const id of lists.keyFigure) expect(check(`${frontmatter}У <KeyFigure metric="${id}" inline /> громад.\n`)).toEqual([]);
    for (const id of lists.countFigure) {
      expect(check(`${frontmatter}З <KeyFigure metric="${id}" inline noun="області|областей" />.\n`)).toEqual([]);
    }
  });

  it('refuses a noun with too few forms to agree with every number, and links that leave the site without a scheme', () => {
    const rules = (body: string) => check(`${frontmatter}${body}\n`).map((p) => p.rule);
    expect(rules('Відповіли <KeyFigure metric="respondents" inline noun="громада" />.')).toEqual(['mdx/noun-forms']);
    expect(rules('Answered: <KeyFigure metric="respondents" inline noun="community|communities|x" />.')).toEqual([
      'mdx/noun-forms',
    ]);
    expect(rules('Відповіли <KeyFigure metric="respondents" inline noun="громада|громади|громад" />.')).toEqual([]);
    expect(rules('Див. [тут](//evil.example/).')).toEqual(['html/url-scheme']);
    expect(rules('Див. <a href="//evil.example/">тут</a>.')).toEqual(['html/url-scheme']);
    expect(rules('Див. [розділ](#strategy) і [дані](../data/).')).toEqual([]);
  });

  it("every MDX example in the editors' guide", () => {
    const guide = readFileSync('content/README.md', 'utf8');
    const blocks = [...guide.matchAll(/```mdx\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBe(5);
    for (const block of blocks) expect(check(`${frontmatter}${block}`), block).toEqual([]);
  });

  it('the shipped content, with every graphic placed where it appears', () => {
    const { problems, files } = checkContent('content', cb);
    expect(problems).toEqual([]);
    const strategy = files.find((f) => f.file === 'content/uk/01-strategy.mdx')!;
    expect(strategy.graphics.map((g) => `${g.kind}-${g.subject}:${g.line}`)).toEqual([
      'bar-smart_strategy:15',
      'map-strategy_adopted:20',
    ]);
  });
});

describe('where problems are reported', () => {
  it('reports every problem of a file in the order of the file, not just the first', () => {
    const problems = check(`${frontmatter}<DataTable metrics="has_cdto, nope, bad" />\n\n<KeyFigure metric="x" />\n`);
    expect(problems.map((p) => [p.line, p.column, p.rule, p.en.match(/unknown id "(\w+)"/)?.[1]])).toEqual([
      [8, 12, 'mdx/unknown-id', 'nope'],
      [8, 12, 'mdx/unknown-id', 'bad'],
      [10, 12, 'mdx/unknown-id', 'x'],
    ]);
  });

  it('points at the attribute in a tag spread over several lines', () => {
    const problems = check(`${frontmatter}<ChoroplethMap\n  title="a > b"\n  metric="nope"\n/>\n`);
    expect(problems.map((p) => [p.line, p.column])).toEqual([[10, 3]]);
  });

  it('passes escaped braces, comments and braces in code', () => {
    expect(check(`${frontmatter}Формула: \\{частка\\} × 100 {/* примітка */} \`{x}\`\n`)).toEqual([]);
  });

  it('says "did you mean" for frontmatter fields', () => {
    const [problem] = check('---\ntitel: Т\ndescription: О\npage: report\norder: 1\n---\n');
    expect(problem).toMatchObject({ line: 2, rule: 'frontmatter/unknown-field' });
    expect(problem!.uk).toContain('Можливо, ви мали на увазі «title»?');
    expect(problem!.en).toContain('Did you mean "title"?');
  });
});

describe('checks across files', () => {
  const work = mkdtempSync(join(tmpdir(), 'content-check-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const copy = (edit: (dir: string) => void) => {
    const dir = mkdtempSync(join(work, 'c-'));
    cpSync('content', dir, { recursive: true });
    edit(dir);
    return checkContent(dir, cb, dir).problems.map((p) => `${p.file} ${p.rule} ${p.en}`);
  };

  it('a page with no text in one language, a duplicate anchor and a file the site would ignore', () => {
    const problems = copy((dir) => {
      rmSync(join(dir, 'en/press.mdx'));
      const needs = readFileSync(join(dir, 'uk/03-needs.mdx'), 'utf8');
      writeFileSync(join(dir, 'uk/07-more.mdx'), needs.replace('order: 3', 'order: 9'));
      renameSync(join(dir, 'uk/about.mdx'), join(dir, 'uk/about.md'));
      writeFileSync(join(dir, 'uk/about.mdx'), readFileSync(join(dir, 'uk/about.md')));
    });
    expect(problems).toEqual([
      'uk/about.md content/not-mdx the site does not read "about.md": texts must be .mdx files. Rename it to …mdx or move it out of this folder.',
      'uk/07-more.mdx content/duplicate-section section: needs is already used by uk/03-needs.mdx on the same "report" page. Give this file another section.',
      'en content/missing-page no en file has page: press, so the "press" page would be empty. Add a file with page: press.',
    ]);
  });
});

describe('names that exist on every JavaScript object', () => {
  it('are unknown like any other name, not a crash', () => {
    const problems = check(`${frontmatter}<constructor /> <BarChart question="needs" toString="x" />\n\n<KeyFigure metric="__proto__" />\n`);
    expect(problems.map((p) => p.rule)).toEqual(['html/element', 'mdx/unknown-attribute', 'mdx/unknown-id']);
  });
});

describe('sentence', () => {
  it('capitalises a message but keeps a field name that opens it verbatim', () => {
    expect(sentence('фігурні дужки …')).toBe('Фігурні дужки …');
    expect(sentence('order: «first» — має бути ціле число')).toBe('order: «first» — має бути ціле число');
    expect(sentence('<BarChart question="need">: …')).toBe('<BarChart question="need">: …');
  });
});
