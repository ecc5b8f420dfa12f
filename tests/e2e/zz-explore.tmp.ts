import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '/work/wt/admin/tests/e2e/chromium.ts';
import { startStaticServer } from '/work/wt/admin/tests/e2e/static-server.ts';

const server = await startStaticServer([{ prefix: '/', dir: process.argv[2] ?? '/tmp/d-dist' }]);
const origin = server.origin.replace('localhost', '127.0.0.1');
console.log(origin);
const browser = await launchChromium();
const context = await browser.newContext({ locale: 'en-US' });
const outside: string[] = [];
await context.route('**/*', (route) => {
  const u = new URL(route.request().url());
  if (u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
  outside.push(u.href);
  return route.abort();
});
const page = await context.newPage();
const errors: string[] = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`); });
page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
await context.addInitScript(() => {
  (window as any).showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
});
await page.goto(`${origin}/admin/`);
const files: Record<string, string> = {};
for (const lang of ['uk', 'en']) for (const f of readdirSync(`content/${lang}`)) files[`content/${lang}/${f}`] = readFileSync(join('content', lang, f), 'utf8');
await page.evaluate(async (files) => {
  const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
  const write = async (path: string, text: string) => {
    const parts = path.split('/');
    let dir = root;
    for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
    const w = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
    await w.write(text); await w.close();
  };
  for (const [p, t] of Object.entries(files)) await write(p, t);
  await write('.git/HEAD', 'ref: refs/heads/main\n');
}, files);
await page.waitForTimeout(3000);
await page.screenshot({ path: '/tmp/dexp/1.png' });
console.log(await page.locator('body').innerText());
await page.getByText('Працювати з локальним репозиторієм').click();
await page.waitForTimeout(4000);
await page.screenshot({ path: '/tmp/dexp/2.png' });
console.log((await page.locator('body').innerText()).slice(0, 3000));
console.log('OUTSIDE', outside);
console.log('ERRORS', errors);
await browser.close();
await server.close();
