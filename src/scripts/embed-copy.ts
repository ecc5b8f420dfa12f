// Copy buttons for embed code. The Clipboard API needs a secure context; where it is
// missing or refused, the code is selected so the reader can copy it by hand.
for (const box of document.querySelectorAll<HTMLElement>('[data-copy-snippet]')) {
  const source = box.querySelector<HTMLTextAreaElement>('[data-copy-source]');
  const button = box.querySelector<HTMLButtonElement>('[data-copy-button]');
  const status = box.querySelector<HTMLElement>('[data-copy-status]');
  if (!source || !button || !status || button.dataset.ready) continue;
  // Built without SITE_URL: the code names a placeholder origin; this page's origin is the real one.
  const placeholder = source.dataset.originPlaceholder;
  if (placeholder && /^https?:$/.test(location.protocol))
    source.value = source.value.split(placeholder).join(location.origin);
  button.dataset.ready = '1';
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.value);
      status.textContent = button.dataset.copied ?? '';
    } catch {
      source.focus();
      source.select();
      status.textContent = button.dataset.failed ?? '';
    }
  });
}
