// The admin page's script (bundled by scripts/build-admin.ts into dist/admin/cms.js):
// Sveltia CMS from the npm package, our components as editor components, and the
// content check before every save. Nothing here loads from another origin.
import CMS from '@sveltia/cms';
import codebookJson from '../../data/codebook.json';
import type { Codebook } from '../contract/types.ts';
import { sentence } from '../site/content/problem.ts';
import { componentForms, parseTag, writeTag, type ComponentForm, type Props } from './editor-components.ts';
import { checkEntry, type EntryFields, type SaveProblem } from './save-check.ts';

const codebook = codebookJson as unknown as Codebook;

// Sveltia shows its interface in the browser's language; the Association's editors work
// in Ukrainian whatever their browser says (the `locale` option is ignored).
const languages = ['uk', ...navigator.languages.filter((l) => !l.startsWith('uk'))];
Object.defineProperty(navigator, 'languages', { get: () => languages });
Object.defineProperty(navigator, 'language', { get: () => 'uk' });

/** A map or chart previews as the real graphic: our own embed page, in a frame. */
function graphicPreview(form: ComponentForm, props: Props): HTMLElement | string {
  const id = form.graphic ? props[form.graphic.attribute] : undefined;
  if (!form.graphic || typeof id !== 'string' || id === '') return `${form.label}`;
  const frame = document.createElement('iframe');
  frame.src = new URL(`../embed/${form.graphic.kind}-${id}/`, location.href).href;
  frame.title = form.label;
  frame.loading = 'lazy';
  frame.style.cssText = 'width:100%;height:32rem;border:0';
  return frame;
}

// The section's text in the preview pane looks as on the site (the site's own stylesheet).
CMS.registerPreviewStyle(new URL('preview.css', location.href).href);

for (const form of componentForms(codebook)) {
  CMS.registerEditorComponent({
    id: form.name,
    label: form.label,
    icon: form.icon,
    fields: [...form.fields, { name: 'raw', label: 'raw', widget: 'hidden' }] as never,
    // `m`: the preview pane matches the whole text at once; a tag counts only on a line of its own.
    pattern: new RegExp(`^<${form.name}(?:\\s[^>\n]*)?/>$`, 'm'),
    fromBlock: (match) => ({ ...(parseTag(form, match[0]) ?? {}), raw: match[0] }),
    // An untouched tag is written back exactly as it was; a changed one in the registry's form.
    toBlock: (props) => {
      const raw = typeof props.raw === 'string' ? props.raw : '';
      const before = raw ? parseTag(form, raw) : null;
      if (before && writeTag(form, before) === writeTag(form, props as Props)) return raw;
      return writeTag(form, props as Props);
    },
    toPreview: (props) => graphicPreview(form, props as Props) as never,
  });
}

/** Shows every problem, Ukrainian first, until the editor closes the list. */
function showProblems(problems: SaveProblem[]): void {
  document.getElementById('content-problems')?.remove();
  const box = document.createElement('dialog');
  box.id = 'content-problems';
  box.style.cssText = 'font:1rem/1.5 system-ui,sans-serif;max-width:48rem;padding:1.5rem;border:0;border-radius:.5rem';
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-labelledby', 'content-problems-title');
  const title = document.createElement('h2');
  title.id = 'content-problems-title';
  title.textContent = 'Зміни не збережено: у тексті є помилки';
  const intro = document.createElement('p');
  intro.textContent =
    'Файл залишився без змін. Знайдіть кожен рядок (його текст — у лапках) і виправте, потім збережіть ще раз.';
  const list = document.createElement('ul');
  for (const p of problems) {
    const item = document.createElement('li');
    // Line numbers count the whole file, frontmatter included, and the editor shows none: the
    // line's own text is what the editor can find.
    const where = p.text ? `${p.file}, рядок ${p.line} («${p.text}»)` : `${p.file}, рядок ${p.line}`;
    item.textContent = `${where}: ${sentence(p.uk)}`;
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Зрозуміло, виправлю';
  close.addEventListener('click', () => box.close());
  box.append(title, intro, list, close);
  document.body.append(box);
  box.showModal();
  dismissGenericError(box);
}

/**
 * Sveltia answers the refused save with its own dialog, "an error occurred, try again later",
 * which is wrong here (trying later changes nothing) and would cover the list of reasons.
 * It is closed as soon as it opens (within a few seconds), leaving ours on top.
 */
function dismissGenericError(ours: HTMLDialogElement): void {
  const observer = new MutationObserver(() => {
    for (const other of document.querySelectorAll<HTMLDialogElement>('dialog[open][role="alertdialog"]')) {
      if (other === ours) continue;
      other.querySelector('button')?.click();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['open'] });
  setTimeout(() => observer.disconnect(), 5000);
}

interface SavingEntry {
  slug: string;
  data: EntryFields;
  i18n: Record<string, { data?: EntryFields } | undefined>;
}

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const e = entry.toJS() as unknown as SavingEntry;
    const problems = checkEntry({ uk: e.data, ...(e.i18n.en?.data ? { en: e.i18n.en.data } : {}) }, e.slug, codebook);
    if (problems.length === 0) return;
    showProblems(problems);
    // Throwing stops Sveltia before it writes anything: the file stays as it was.
    throw new Error(`Зміни не збережено: помилок у тексті — ${problems.length} (див. список).`);
  },
});

// The configuration comes with the page (scripts/build-admin.ts writes it from the build's
// environment), so no config.yml is fetched and the host's YAML content type does not matter.
const config = JSON.parse(document.getElementById('cms-config')?.textContent ?? '{}') as Record<string, unknown>;
// The site is wherever this page is served from, one folder up (any host, any BASE_PATH).
const site = new URL('../', location.href).href;
void CMS.init({ config: { ...config, site_url: site, display_url: site, load_config_file: false } as never });
