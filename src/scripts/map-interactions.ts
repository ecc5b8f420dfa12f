// Progressive enhancement for the build-time maps (ChoroplethMap.astro): a tooltip on
// hover, focus or tap; the matching legend class highlighted; arrow keys between
// neighbouring regions, looked up in the table worked out from the geometry (map-moves.ts;
// roving tabindex: one tab stop per map). A region with a profile is a link:
// a mouse click and Enter follow it; a first tap shows the tooltip with an "open the
// profile" link instead (a finger has no hover); a second tap closes it. Plain DOM, no d3 — the map itself is
// already in the HTML. A region is a child of the map's <svg> that takes focus (a link, or a
// role="button" with tabindex); without this script every link is a tab stop of its own. Its
// ISO code is its shape's href (#uamap-UA-46), its class key (c2, k0, nodata…) its first class,
// which the legend item of that class shares (render.ts, MapLegend.astro). The tooltip's facts
// are the table's: the row with the region's data-iso (read once, at the map's first use, from
// the deferred table's text if it is not open yet).
import { arrowTarget } from './map-moves.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

type Region = SVGElement;

const REGION = '.uamap-svg > :is(a[href], [role="button"])';
/** The href of a region's shape: "#uamap-UA-46". */
const shapeHref = (region: Region) => region.querySelector('use')?.getAttribute('href') ?? '';
const isoOf = (region: Region) => shapeHref(region).slice('#uamap-'.length);

function centre(el: Element): [number, number] {
  const b = el.getBoundingClientRect();
  return [b.left + b.width / 2, b.top + b.height / 2];
}

/** The cells' text of each row of the map's table, by data-iso, and the table's column headings. */
function tableFacts(figure: HTMLElement): { rows: Map<string, string[]>; headings: string[] } {
  const details = figure.querySelector('.uamap-table');
  const deferred = details?.querySelector(':scope > noscript[data-deferred]');
  let root: ParentNode | null | undefined = details;
  if (deferred) {
    // Not inserted: the table joins the page only when its disclosure opens (deferred.ts).
    const template = document.createElement('template');
    template.innerHTML = deferred.textContent ?? '';
    root = template.content;
  }
  const cells = (tr: Element) => [...tr.children].map((c) => c.textContent?.trim() ?? '');
  const rows = new Map<string, string[]>();
  for (const tr of root?.querySelectorAll<HTMLElement>('tbody tr[data-iso]') ?? [])
    rows.set(tr.dataset.iso!, cells(tr));
  const head = root?.querySelector('thead tr');
  return { rows, headings: head ? cells(head) : [] };
}

/** A table cell's "—" (no value) shows no line in the tooltip. */
const NONE = new Set(['', '—', '–', '-']);

function newTooltip(): HTMLElement {
  const tip = document.createElement('div');
  tip.className = 'uamap-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  return tip;
}

function setup(figure: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>('.uamap-svg');
  const frame = figure.querySelector<HTMLElement>('.uamap-frame');
  if (!svg || !frame) return;
  // Made at the first use: a page of maps carries no empty tooltip per map.
  const tip = figure.querySelector<HTMLElement>('[role="tooltip"]') ?? frame.appendChild(newTooltip());
  const regions = [...svg.querySelectorAll<Region>(':scope > :is(a[href], [role="button"])')];
  // One tab stop per map from now on: the first region until another takes focus (the focusin
  // that may have started this script moves the stop to the region it reached).
  regions.forEach((g, i) => (g.tabIndex = i === 0 ? 0 : -1));
  const legend = [...figure.querySelectorAll<HTMLElement>('.uamap-legend li')];
  const facts = tableFacts(figure);

  const ring = document.createElementNS(SVG_NS, 'use');
  ring.setAttribute('class', 'uamap-hl');
  // Follows keyboard (and tap) focus, independently of the tooltip: Enter or Esc closes the
  // tooltip but the focused region stays visibly focused. Two strokes: seen on dark and light fills.
  const focusRing = document.createElementNS(SVG_NS, 'g');
  focusRing.setAttribute('class', 'uamap-focusring');
  focusRing.append(document.createElementNS(SVG_NS, 'use'), document.createElementNS(SVG_NS, 'use'));
  let active: Region | null = null;
  // The region whose tooltip a tap or click pinned; focus alone shows a tooltip without pinning it.
  let pinned: Region | null = null;

  const regionOf = (target: EventTarget | null): Region | null =>
    target instanceof Element ? target.closest<Region>(REGION) : null;

  function line(tag: string, text: string | undefined): HTMLElement[] {
    if (!text) return [];
    const el = document.createElement(tag);
    el.textContent = text;
    return [el];
  }

  function show(region: Region, x?: number, y?: number, withLink = false): void {
    active?.classList.remove('is-active');
    active = region;
    region.classList.add('is-active');
    const key = region.classList[0];
    const [name, value, ci, n] = facts.rows.get(isoOf(region)) ?? [];
    ring.setAttribute('href', shapeHref(region));
    svg!.append(ring);
    const href = withLink ? region.getAttribute('href') : null;
    const open = href ? line('a', figure.dataset.openLabel) : [];
    if (href) open[0]!.setAttribute('href', href);
    tip!.replaceChildren(
      ...line('strong', name),
      ...line('span', value),
      ...line('span', ci && !NONE.has(ci) ? `${figure.dataset.ciLabel ?? ''} ${ci}` : undefined),
      ...line('span', n && !NONE.has(n) ? `${facts.headings[3] ?? ''}: ${n}` : undefined),
      ...open,
    );
    tip!.hidden = false;
    for (const item of legend) item.classList.toggle('is-active', key !== undefined && item.classList.contains(key));
    const box = frame!.getBoundingClientRect();
    const [cx, cy] = centre(region.querySelector('circle') ?? region);
    const px = (x ?? cx) - box.left;
    const py = (y ?? cy) - box.top;
    const w = tip!.offsetWidth;
    const h = tip!.offsetHeight;
    tip!.style.left = `${Math.max(0, Math.min(box.width - w, px - w / 2))}px`;
    tip!.style.top = `${py - h - 14 < 0 ? py + 18 : py - h - 14}px`;
  }

  function hide(): void {
    active?.classList.remove('is-active');
    active = null;
    pinned = null;
    tip!.hidden = true;
    ring.remove();
    for (const item of legend) item.classList.remove('is-active');
  }

  function focusOn(region: Region | null): void {
    for (const r of regions) r.classList.toggle('is-focused', r === region);
    const href = region && shapeHref(region);
    if (!region || !href) return focusRing.remove();
    for (const u of focusRing.children) u.setAttribute('href', href);
    svg!.append(focusRing);
  }

  svg.addEventListener('pointermove', (e) => {
    if (pinned || e.pointerType !== 'mouse') return;
    const r = regionOf(e.target);
    if (r) show(r, e.clientX, e.clientY);
    else hide();
  });
  svg.addEventListener('pointerleave', (e) => {
    if (!pinned && e.pointerType === 'mouse') hide();
  });
  // A click is a PointerEvent: 'mouse'/'pen' or '' (Enter on a link) follows a region's link;
  // a tap pins the tooltip with the link instead (a finger has no hover to show it first).
  // Regions without a link: a tap or click pins the tooltip, a second one or a tap elsewhere closes it.
  svg.addEventListener('click', (e) => {
    const r = regionOf(e.target);
    if (!r) return hide();
    const link = r.hasAttribute('href');
    const touch = (e as PointerEvent).pointerType === 'touch';
    if (link && !touch) return;
    e.preventDefault();
    if (pinned === r) return hide();
    show(r, e.clientX, e.clientY, link);
    pinned = r;
  });
  svg.addEventListener('focusin', (e) => {
    const r = regionOf(e.target);
    if (!r) return;
    for (const g of regions) g.tabIndex = g === r ? 0 : -1;
    focusOn(r);
    if (active !== r) show(r);
  });
  svg.addEventListener('focusout', (e) => {
    // Focus moving to the tooltip's link (a tap on it) keeps the tooltip open until the link is followed.
    if (svg.contains(e.relatedTarget as Node | null) || tip.contains(e.relatedTarget as Node | null)) return;
    focusOn(null);
    hide();
  });
  svg.addEventListener('keydown', (e) => {
    const r = regionOf(e.target);
    if (!r) return;
    if (ARROWS.has(e.key)) {
      e.preventDefault();
      // Nothing that way (the country's edge): focus stays.
      const to = arrowTarget(isoOf(r), e.key);
      regions.find((g) => isoOf(g) === to)?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      regions[e.key === 'Home' ? 0 : regions.length - 1]!.focus();
    } else if (e.key === 'Enter' && r.hasAttribute('href')) {
      // the browser follows the link
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (active === r) hide();
      else show(r);
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && active) hide();
  });
  document.addEventListener('pointerdown', (e) => {
    if (active && !svg.contains(e.target as Node) && !tip.contains(e.target as Node)) hide();
  });
}

// Events that come before any use of a map: a pointer over it, a touch, keyboard focus.
const FIRST_USE = ['pointerover', 'pointerdown', 'focusin'] as const;

// Once per map, whichever copy of this script runs first (the embed page loads a classic copy too).
// Nothing is done before a reader reaches for a map (no work competes with the first paint or the
// first input): each map is set up by the first event that comes to it, listened for in the
// capture phase, so the listeners that setup() adds inside the map still receive that same event.
for (const figure of document.querySelectorAll<HTMLElement>('figure[data-map]')) {
  if (figure.dataset.mapReady) continue;
  figure.dataset.mapReady = '1';
  figure.classList.add('uamap-js');
  const start = () => {
    for (const type of FIRST_USE) figure.removeEventListener(type, start, true);
    setup(figure);
  };
  for (const type of FIRST_USE) figure.addEventListener(type, start, true);
}
