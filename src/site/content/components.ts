// The components an editor may use in MDX, as data: which attributes each takes and
// what values they accept. The content check (check-mdx.ts) enforces it and the
// editors' guide (content/README.md) documents it, so a new component is one entry
// here plus its line in src/components/mdx-components.ts.
import { mapsWell } from '../graphics.ts';
import { countedExtraKeyFigures, extraKeyFigures } from '../national-facts.ts';
import type { Codebook } from '../../contract/types.ts';

/** Named lists of valid ids, all computed from the codebook (see idLists). */
export type IdListName = 'metric' | 'mapMetric' | 'question' | 'keyFigure' | 'countFigure' | 'breakdown';

export type AttributeRule =
  /** One id from a list. */
  | { type: 'id'; list: IdListName }
  /** Comma-separated ids from a list. */
  | { type: 'ids'; list: IdListName }
  /** One of a few fixed words. */
  | { type: 'choice'; values: readonly string[] }
  /** Written bare (`inline`), no value. */
  | { type: 'flag' }
  /** Any text (a title, a caption). */
  | { type: 'text' }
  /**
   * Noun forms separated by "|" that agree with a counted figure; `countOf` names the
   * attribute whose id must be in the `countFigure` list, `needs` a flag it requires.
   */
  | { type: 'nouns'; countOf: string; needs: string };

export interface ComponentSpec {
  attributes: Record<string, AttributeRule>;
  required: readonly string[];
  /** Exactly one of these attributes must be written (KeyFigure: `metric` or `question`). */
  oneOf?: readonly string[];
  /** When the key is written, the value must be written too (`interval` needs `inline`). */
  requires?: Readonly<Record<string, string>>;
  /**
   * Where the component may stand: 'block' on a line of its own; with `inlineFlag`,
   * inside a sentence too when that flag is written.
   */
  inlineFlag?: string;
  /** A map or chart that travels (embeds, downloads): the attribute that names it. */
  graphic?: { kind: 'map' | 'bar'; attribute: string };
}

const text = { type: 'text' } as const;

export const components: Record<string, ComponentSpec> = {
  ChoroplethMap: {
    attributes: {
      metric: { type: 'id', list: 'mapMetric' },
      title: text,
      subtitle: text,
      notes: text,
      /** "own": the map's own classes instead of the scale shared by maps of the same measure */
      scale: { type: 'choice', values: ['shared', 'own'] },
    },
    required: ['metric'],
    graphic: { kind: 'map', attribute: 'metric' },
  },
  BarChart: {
    attributes: {
      question: { type: 'id', list: 'question' },
      sort: { type: 'choice', values: ['share', 'codebook'] },
      title: text,
    },
    required: ['question'],
    graphic: { kind: 'bar', attribute: 'question' },
  },
  KeyFigure: {
    attributes: {
      metric: { type: 'id', list: 'keyFigure' },
      /** the top option(s) of a question, with share, 95 % interval and n */
      question: { type: 'id', list: 'question' },
      inline: { type: 'flag' },
      /** inline shares: "21 % (17–25 %)" */
      interval: { type: 'flag' },
      label: text,
      noun: { type: 'nouns', countOf: 'metric', needs: 'inline' },
    },
    required: [],
    oneOf: ['metric', 'question'],
    requires: { interval: 'inline' },
    inlineFlag: 'inline',
  },
  OblastRanking: { attributes: {}, required: [] },
  Breakdown: {
    attributes: {
      by: { type: 'id', list: 'breakdown' },
      question: { type: 'id', list: 'question' },
      sort: { type: 'choice', values: ['share', 'codebook'] },
      /** comma-separated option codes to show, in this order */
      options: text,
      inline: { type: 'flag' },
      /** inline: the one option followed across the groups */
      option: text,
      title: text,
    },
    required: ['by', 'question'],
    requires: { option: 'inline', inline: 'option' },
    inlineFlag: 'inline',
  },
  DataTable: { attributes: { metrics: { type: 'ids', list: 'metric' } }, required: [] },
  IndexExplanation: { attributes: {}, required: [] },
  CommunityList: { attributes: {}, required: [] },
};

/** Every list of valid ids, from the codebook: what editors may write after `metric=` etc. */
export function idLists(codebook: Codebook): Record<IdListName, string[]> {
  const metrics = codebook.metrics.map((m) => m.id);
  return {
    metric: metrics,
    mapMetric: codebook.metrics.filter(mapsWell).map((m) => m.id),
    question: codebook.questions.map((q) => q.id),
    keyFigure: [...metrics, ...extraKeyFigures],
    countFigure: [...codebook.metrics.filter((m) => m.kind === 'count').map((m) => m.id), ...countedExtraKeyFigures],
    breakdown: (codebook.breakdowns ?? []).map((b) => b.id),
  };
}
