// The phone header's menu is a <details> and opens and closes without JS; with JS, Escape
// closes it too and gives the focus back to its button (as a menu button would).
const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
if (menu) {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
  });
}
