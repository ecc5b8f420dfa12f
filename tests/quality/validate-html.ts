// html-validate with the project's .htmlvalidate.json, returning readable messages.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, type ConfigData } from 'html-validate';

const configPath = fileURLToPath(new URL('../../.htmlvalidate.json', import.meta.url));

let validator: HtmlValidate | undefined;

function getValidator(): HtmlValidate {
  validator ??= new HtmlValidate(JSON.parse(readFileSync(configPath, 'utf8')) as ConfigData);
  return validator;
}

export async function htmlProblems(html: string, name = 'page.html'): Promise<string[]> {
  const report = await getValidator().validateString(html, name);
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
  );
}
