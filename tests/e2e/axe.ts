// Accessibility through @axe-core/playwright. It evaluates axe over the DevTools protocol, so
// the page's own CSP (which rightly forbids injected scripts) need not be bypassed.
//
// Legacy mode (axe.run inside the page) instead of the default runPartial/finishRun: the default
// serialises every rule's result for every node (passes too) across the protocol into a second,
// blank page. On the report (~3,000 elements) that cost 8–15 s of CPU per call against 1–3.5 s
// in legacy mode, with the same rules and the same violations; `resultTypes` only trims the
// in-page result. Legacy mode does not look into cross-origin frames, so a page with any frame
// still gets the default. tests/e2e/harness.test.ts checks that violations are reported.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Every axe violation on the page as one line: rule id, impact, help and up to five targets. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode(page.frames().length === 1)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 5)
        .map((n) => JSON.stringify(n.target))
        .join(', ')}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ''}`,
  );
}
