// An oblast's social card (1200×630 PNG): the site, the oblast, where it stands (or why there
// are no figures), its locator map and — while the data are made up — the illustrative badge.
import type { Lang } from '../../contract/types.ts';
import type { SiteData } from '../data.ts';
import { t } from '../../i18n/index.ts';
import { composeOg } from '../embed/og.ts';
import { INK, MUTED } from '../embed/map-body.ts';
import { cachedPng } from '../embed/png.ts';
import { mapLayout } from '../map/layout.ts';
import { renderMap } from '../map/render.ts';
import { locatorRegions } from './maps.ts';
import { profileOgName } from '../profile-paths.ts';
import { profileView } from './view.ts';

/** Every card's name ('oblast-ua-46-uk'), all units in every language. */
export function profileOgNames(data: Pick<SiteData, 'registry'>): string[] {
  return (['uk', 'en'] as Lang[]).flatMap((lang) => data.registry.map((u) => profileOgName(u.iso, lang)));
}

/** The card named `name` (profileOgNames) as an SVG string; throws on another name. */
function profileOgSvg(name: string, data: SiteData): string {
  const m = /^oblast-(ua-\d\d)-(uk|en)$/.exec(name);
  if (!m) throw new Error(`bad oblast card name "${name}"`);
  const iso = m[1]!.toUpperCase();
  const lang = m[2] as Lang;
  const view = profileView(data, iso, lang);
  const s = t(lang).site;
  const layout = mapLayout();
  const regions = locatorRegions(data.registry, iso, lang);
  const subline = view.standing ? view.standing.sentence : (view.withheld ?? '');
  return composeOg({
    site: s.siteTitle,
    headline: `${view.name}: ${s.profile.eyebrow.toLowerCase()}`,
    subline: `${subline} ${view.coverage}`,
    body: (x, y, width) => ({
      defs: '',
      markup: renderMap(layout, regions, {
        labels: false,
        paint: { kind: 'standalone', x, y, width, ink: INK, muted: MUTED },
      }),
      width,
      height: layout.height * (width / layout.width),
    }),
    bodyWidth: 520,
    footer: `${data.dataset.organisation[lang]} · ${data.dataset.year}`,
    badge: data.dataset.illustrative ? s.illustrativeTitle : undefined,
  });
}

/** The card as PNG bytes, through the build's render cache (an unchanged card is not drawn again). */
export function profileOgPng(name: string, data: SiteData): Uint8Array {
  return cachedPng(profileOgSvg(name, data), 1);
}
