// "Find your community" (FindCommunity.astro): on first use, fetch the list of participating
// communities once, then show up to eight matches as links while the reader types; Enter
// opens the first match. Matching is src/site/search/match.ts. Without this script the form
// submits to /find/, which lists every community.
import { entryWords, matchesQuery, queryWords } from '../site/search/match.ts';

type Entry = [name: string, latin: string, href: string];
const LIMIT = 8;

function setup(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const results = form.querySelector<HTMLUListElement>('.find-results');
  if (!input || !results) return;
  let entries: Promise<{ entry: Entry; words: string[] }[]> | null = null;
  const load = () =>
    (entries ??= fetch(form.dataset.find!)
      .then((r) => r.json() as Promise<Entry[]>)
      .then((list) => list.map((entry) => ({ entry, words: entryWords(entry[0], entry[1]) }))));

  async function matches(): Promise<Entry[]> {
    const words = queryWords(input!.value);
    if (words.length === 0) return [];
    return (await load()).filter((e) => matchesQuery(words, e.words)).map((e) => e.entry);
  }

  async function update(): Promise<void> {
    const query = input!.value;
    const found = await matches();
    if (input!.value !== query) return; // a newer keystroke is on its way
    const items = found.slice(0, LIMIT).map(([name, latin, href]) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = href;
      a.textContent = document.documentElement.lang.startsWith('uk') ? name : `${latin} (${name})`;
      li.append(a);
      return li;
    });
    if (items.length === 0 && queryWords(query).length > 0) {
      const li = document.createElement('li');
      li.textContent = form.dataset.none ?? '';
      items.push(li);
    }
    results!.replaceChildren(...items);
  }

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void update());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void matches().then((found) => {
      if (found[0]) location.assign(found[0][2]);
      else void update();
    });
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-find]')) setup(form);
