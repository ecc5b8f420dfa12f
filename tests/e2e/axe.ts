// Accessibility through @axe-core/playwright. It evaluates axe over the DevTools protocol, so
// the page's own CSP (which rightly forbids injected scripts) need not be bypassed, and it
// checks inside iframes too.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Every axe violation on the page as one line: rule id, impact, help and up to five targets. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 5)
        .map((n) => JSON.stringify(n.target))
        .join(', ')}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ''}`,
  );
}
