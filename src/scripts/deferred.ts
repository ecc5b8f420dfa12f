// The client half of src/site/defer.ts: a disclosure's content arrives as the text of a
// <noscript data-deferred> (scripting on) and is parsed into the page when the disclosure
// opens — on the summary's click (mouse, Enter, Space), before the browser opens it, so the
// open disclosure is never painted empty; on `toggle` for any other way of opening (find in
// page, a script); and all at once before printing. Nothing runs at load but three listeners.

/** Replaces each deferred <noscript> directly inside `details` by the elements its text describes. */
function materialise(details: Element): void {
  for (const ns of details.querySelectorAll<HTMLElement>(':scope > noscript[data-deferred]')) {
    const template = document.createElement('template');
    template.innerHTML = ns.textContent ?? '';
    ns.replaceWith(template.content);
  }
}

// Once per page, whichever copy of this script runs first (embed pages load a classic copy too).
const root = document.documentElement;
if (!root.dataset.deferredReady) {
  root.dataset.deferredReady = '1';
  document.addEventListener(
    'click',
    (e) => {
      const summary = e.target instanceof Element ? e.target.closest('summary') : null;
      const details = summary?.parentElement;
      if (details instanceof HTMLDetailsElement && details.hasAttribute('data-defer')) materialise(details);
    },
    true,
  );
  // `toggle` does not bubble; a capturing listener on the document still sees it.
  document.addEventListener(
    'toggle',
    (e) => {
      if (e.target instanceof HTMLDetailsElement && e.target.open && e.target.hasAttribute('data-defer'))
        materialise(e.target);
    },
    true,
  );
  addEventListener('beforeprint', () => {
    for (const d of document.querySelectorAll('details[data-defer]')) materialise(d);
  });
}
