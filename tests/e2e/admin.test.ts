// The editors' admin (/admin/, Sveltia CMS) in real headless Chromium with the network cut
// off except loopback, in its local-repository mode on a copy of content/: Ukrainian, every
// text listed, a one-word edit saved byte for byte, a map inserted through the editor
// component passes the content check, and a broken text is refused with the reason.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/site/content/check-content.ts';
import { loadCodebook } from '../../src/ingest/records/codebook.ts';
import { useBrowser } from './browser.ts';
import { projectRoot } from './build-site.ts';
import { e2e } from './context.ts';
import { contentFiles, openLocalAdmin, type LocalAdmin } from './admin-local.ts';

const ctx = e2e();
const browser = useBrowser();
const original = contentFiles(projectRoot);
const codebook = loadCodebook(join(projectRoot, 'data', 'codebook.json'));
const titleOf = (text: string): string => /^title: (.*)$/m.exec(text)![1]!;
const ukFiles = Object.keys(original).filter((f) => f.startsWith('content/uk/'));

let admin: LocalAdmin | undefined;
afterEach(async () => {
  await admin?.context.close();
  admin = undefined;
});

async function openRepository(): Promise<LocalAdmin> {
  admin = await openLocalAdmin(browser(), ctx.origin, original);
  await admin.page.getByRole('button', { name: 'Працювати з локальним репозиторієм' }).click();
  await admin.page.getByText(/у якій 12 записів/).waitFor();
  return admin;
}

async function openEntry(page: Page, file: string): Promise<void> {
  await page.getByText(titleOf(original[file]!), { exact: true }).first().click();
  await page.locator('input[lang="uk"]').first().waitFor();
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Зберегти', exact: true }).click();
}

/** Replaces the first word of a title input's value: the one-word edit. */
async function changeFirstWord(page: Page, lang: 'uk' | 'en', word: string): Promise<void> {
  const input = page.locator(`input[lang="${lang}"]`).first();
  await input.fill((await input.inputValue()).replace(/^\S+/, word));
}

/** Waits until the CMS has written `file` (or until `check` holds for the repository). */
async function waitForRepo(
  admin: LocalAdmin,
  check: (files: Record<string, string>) => boolean,
): Promise<Record<string, string>> {
  // The CMS writes through its local backend; beside other browser tests on 2 cores that took
  // over 15 s once (CI): a bound on the wait, not on speed — the test timeout still ends it.
  try {
    await expect.poll(async () => check(await admin.readRepo()), { timeout: 90_000 }).toBe(true);
  } catch (error) {
    // What the editor saw when nothing was written: the next failure in CI can be read, not guessed.
    mkdirSync('test-results', { recursive: true });
    await admin.page.screenshot({ path: 'test-results/admin-not-saved.png', fullPage: true });
    const dialogs = await admin.page.getByRole('alertdialog').allInnerTexts();
    throw new Error(`nothing written; dialogs: ${JSON.stringify(dialogs)}; errors: ${JSON.stringify(admin.errors)}`, {
      cause: error,
    });
  }
  return admin.readRepo();
}

describe('/admin/ (Sveltia CMS, local repository)', () => {
  it('loads nothing from another origin, logs no error, speaks Ukrainian and lists every text in both languages', async () => {
    const { page, outside, errors } = await openRepository();
    expect(await page.locator('html').getAttribute('lang')).toBe('uk');
    await page.getByRole('button', { name: 'Створити новий запис' }).waitFor();
    for (const file of ukFiles) await page.getByText(titleOf(original[file]!), { exact: true }).first().waitFor();
    await openEntry(page, 'content/uk/03-needs.mdx');
    // The preview shows the real graphics: our own embed pages.
    await expect
      .poll(() => page.frames().map((f) => new URL(f.url()).pathname), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['/embed/bar-needs/', '/embed/map-need_funding/']));
    await page.getByRole('radio', { name: 'Англійська', exact: true }).first().click();
    expect(await page.locator('input[lang="en"]').first().inputValue()).toBe(
      titleOf(original['content/en/03-needs.mdx']!),
    );
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('changes one word in every text, in both languages, and the files differ by exactly that word', async () => {
    const admin = await openRepository();
    const { page } = admin;
    const expected: Record<string, string> = { ...original };
    for (const uk of ukFiles) {
      const en = uk.replace('/uk/', '/en/');
      await openEntry(page, uk);
      await changeFirstWord(page, 'uk', 'ЗМІНЕНО');
      await page.getByRole('radio', { name: 'Англійська', exact: true }).first().click();
      await changeFirstWord(page, 'en', 'CHANGED');
      expected[uk] = original[uk]!.replace(/^title: \S+/m, 'title: ЗМІНЕНО');
      expected[en] = original[en]!.replace(/^title: \S+/m, 'title: CHANGED');
      await save(page);
      await waitForRepo(admin, (files) => files[uk] === expected[uk] && files[en] === expected[en]);
      // Saved: Sveltia closes the editor and shows the list again.
      await page.getByRole('button', { name: 'Створити новий запис' }).waitFor();
    }
    expect(await admin.readRepo()).toEqual(expected);
    expect(admin.outside).toEqual([]);
    expect(admin.errors).toEqual([]);
  });

  it('inserts a map through the editor component, and the result passes the content check', async () => {
    const admin = await openRepository();
    const { page } = admin;
    const file = 'content/uk/03-needs.mdx';
    await openEntry(page, file);
    const paragraph = page.locator('[contenteditable="true"] p', { hasText: 'Громади могли обрати кілька відповідей' });
    const box = (await paragraph.boundingBox())!;
    await paragraph.click({ position: { x: box.width - 1, y: box.height - 4 } });
    await page.keyboard.press('End');
    await page.keyboard.press('Enter'); // a new paragraph of its own for the map
    await page.getByRole('button', { name: 'Вставити' }).first().click();
    await page.getByRole('menuitem', { name: 'Карта областей' }).click();
    // The new map's dropdown is the empty one; it lists the real ids with their Ukrainian names.
    await page.getByRole('combobox').filter({ hasNotText: /\S/ }).click();
    await page.getByRole('option', { name: 'Частка громад із призначеним CDTO (has_cdto)' }).click();
    // The editor hands the new component to the entry a moment later; saved before that, the
    // entry still reads as unchanged (an empty paragraph is no change) and nothing is written —
    // CI failed so once. The preview showing the new map is the sign the entry holds it.
    await expect
      .poll(() => page.frames().map((f) => new URL(f.url()).pathname), { timeout: 30_000 })
      .toContain('/embed/map-has_cdto/');
    await save(page);
    const files = await waitForRepo(admin, (f) => f[file] !== original[file]);
    expect(files[file]).toContain('\n\n<ChoroplethMap metric="has_cdto" />\n\n');
    // The same check as `npm run check:content`, on the folder the CMS wrote.
    const dir = mkdtempSync(join(tmpdir(), 'admin-content-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    expect(checkContent(join(dir, 'content'), codebook, dir).problems).toEqual([]);
    expect(admin.outside).toEqual([]);
  });

  it('refuses to save {частка} and <script>, lists each problem in Ukrainian, leaves the file untouched', async () => {
    const admin = await openRepository();
    const { page } = admin;
    const file = 'content/uk/01-strategy.mdx';
    await openEntry(page, file);
    await page.getByRole('button', { name: 'Редагувати в Markdown' }).first().click();
    const source = page.locator('textarea[lang="uk"], textarea').last();
    await source.fill(`${await source.inputValue()}\n\nЦе {частка} громад.\n\n<script>alert(1)</script>\n`);
    await save(page);
    const dialog = page.getByRole('alertdialog', { name: 'Зміни не збережено: у тексті є помилки' });
    await expect.poll(() => dialog.innerText(), { timeout: 15_000 }).toContain('Зміни не збережено');
    const text = await dialog.innerText();
    // The line's own text beside its number: the admin shows no line numbers.
    expect(text).toMatch(/content\/uk\/01-strategy\.mdx, рядок \d+ \(«Це \{частка\} громад\.»\): [^\n]*\{частка\}/);
    expect(text).toMatch(/content\/uk\/01-strategy\.mdx, рядок \d+ \(«<script>alert\(1\)<\/script>»\): [^\n]*<script>/);
    expect(text).not.toContain('MDX reads'); // Ukrainian only, for editors
    // Sveltia's generic "try again later" dialog is closed: the reasons are what the editor sees.
    await expect.poll(() => page.getByRole('alertdialog').count(), { timeout: 10_000 }).toBe(1);
    expect(await admin.readRepo()).toEqual(original);
    expect(admin.outside).toEqual([]);
  });
});
