// Per-page bookkeeping for maps, keyed on the page's Request object (Astro gives every
// component rendered for one page the same Astro.request, and a new one per page).
// It answers three questions deterministically, in render order: "has this page already
// received the shared geometry?", "…this label set?" and "which id does this map get?".
//
// Astro starts sibling components in document order and runs their frontmatter up to
// the first await synchronously, so as long as the component claims before awaiting,
// the first map on the page carries the geometry, in every build.
interface PageMaps {
  geometrySent: boolean;
  ids: Set<string>;
  /** Ids of the shared definitions (label sets) the page already carries. */
  defs: Set<string>;
}

const pages = new WeakMap<object, PageMaps>();

function stateFor(page: object): PageMaps {
  let state = pages.get(page);
  if (!state) {
    state = { geometrySent: false, ids: new Set(), defs: new Set() };
    pages.set(page, state);
  }
  return state;
}

/** True exactly once per page: the caller must then emit the shared geometry. */
export function claimGeometry(page: object): boolean {
  const state = stateFor(page);
  if (state.geometrySent) return false;
  state.geometrySent = true;
  return true;
}

/** A stable id unique on the page: the wanted one, or it with -2, -3… appended. */
export function claimMapId(page: object, wanted: string): string {
  const { ids } = stateFor(page);
  let id = wanted;
  for (let i = 2; ids.has(id); i++) id = `${wanted}-${i}`;
  ids.add(id);
  return id;
}

/** True the first time `id` is claimed for the page: the caller must then emit that definition. */
export function claimDefs(page: object, id: string): boolean {
  const { defs } = stateFor(page);
  if (defs.has(id)) return false;
  defs.add(id);
  return true;
}
