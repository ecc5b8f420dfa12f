// Our MDX components as Sveltia CMS editor components, generated from the component
// registry (src/site/content/components.ts) and the codebook: the form's dropdowns list
// the real ids with their Ukrainian names, and the MDX written is what the content check
// accepts. A component already in a file is kept byte for byte unless its form is changed.
import type { Codebook } from '../contract/types.ts';
import { components, idLists, type AttributeRule, type IdListName } from '../site/content/components.ts';
import { extraKeyFigures } from '../site/national-facts.ts';

/** The Ukrainian names shown in the insert menu (the registry's names are the MDX tags). */
const labels: Record<string, string> = {
  ChoroplethMap: 'Карта областей',
  BarChart: 'Діаграма відповідей',
  KeyFigure: 'Ключове число',
  OblastRanking: 'Рейтинг областей',
  Breakdown: 'Порівняння груп громад',
  DataTable: 'Таблиця даних',
  IndexExplanation: 'Пояснення індексу',
  CommunityList: 'Список громад',
};
const icons: Record<string, string> = { ChoroplethMap: 'map', BarChart: 'bar_chart', KeyFigure: 'pin' };

const attributeLabels: Record<string, string> = {
  metric: 'Показник',
  metrics: 'Показники (можна кілька)',
  question: 'Питання',
  by: 'Групи громад',
  sort: 'Порядок',
  title: 'Заголовок (необов’язково)',
  subtitle: 'Підзаголовок (необов’язково)',
  notes: 'Примітка (необов’язково)',
  label: 'Підпис (необов’язково)',
  noun: 'Іменник після числа (форми через |)',
  options: 'Коди варіантів через кому (необов’язково)',
  inline: 'У реченні',
  interval: 'З довірчим інтервалом',
  option: 'Один варіант (для «у реченні»)',
};
const sortLabels: Record<string, string> = { share: 'за часткою', codebook: 'як в анкеті' };

/** A field of Sveltia's editor-component form. */
interface ComponentField {
  name: string;
  label: string;
  widget: 'string' | 'select' | 'boolean' | 'hidden';
  required?: boolean;
  multiple?: boolean;
  options?: { value: string; label: string }[];
}

/** What scripts/build-admin.ts hands to the browser: everything but the functions. */
export interface ComponentForm {
  name: string;
  label: string;
  icon: string;
  fields: ComponentField[];
  /** Attributes in the registry's order, with their kind, to write the tag back. */
  attributes: { name: string; kind: AttributeRule['type'] }[];
  /** A map or chart: the attribute naming it, for the preview of the embed page. */
  graphic?: { kind: 'map' | 'bar'; attribute: string };
}

/** Ukrainian names of every id, per list, from the codebook. */
function idNames(codebook: Codebook): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of codebook.metrics) names.set(`metric:${m.id}`, m.label.uk);
  for (const q of codebook.questions) names.set(`question:${q.id}`, q.short.uk);
  for (const b of codebook.breakdowns ?? []) names.set(`breakdown:${b.id}`, b.label.uk);
  return names;
}

function listKind(list: IdListName): string {
  return list === 'question' ? 'question' : list === 'breakdown' ? 'breakdown' : 'metric';
}

/** One form per registry component: the data half of each editor component. */
export function componentForms(codebook: Codebook): ComponentForm[] {
  const lists = idLists(codebook);
  const names = idNames(codebook);
  const extras: readonly string[] = extraKeyFigures;
  return Object.entries(components).map(([name, spec]) => ({
    name,
    label: labels[name] ?? name,
    icon: icons[name] ?? 'widgets',
    attributes: Object.entries(spec.attributes).map(([attr, rule]) => ({ name: attr, kind: rule.type })),
    ...(spec.graphic ? { graphic: spec.graphic } : {}),
    fields: Object.entries(spec.attributes).map(([attr, rule]): ComponentField => {
      const base = { name: attr, label: attributeLabels[attr] ?? attr, required: spec.required.includes(attr) };
      switch (rule.type) {
        case 'id':
        case 'ids':
          return {
            ...base,
            widget: 'select',
            multiple: rule.type === 'ids',
            options: lists[rule.list].map((id) => {
              const uk = names.get(`${listKind(rule.list)}:${id}`) ?? (extras.includes(id) ? id : id);
              return { value: id, label: uk === id ? id : `${uk} (${id})` };
            }),
          };
        case 'choice':
          return {
            ...base,
            widget: 'select',
            options: rule.values.map((v) => ({ value: v, label: sortLabels[v] ?? v })),
          };
        case 'flag':
          return { ...base, widget: 'boolean', required: false };
        default:
          return { ...base, widget: 'string' };
      }
    }),
  }));
}

/** Attribute values of one tag, as its form holds them. */
export type Props = Record<string, string | string[] | boolean | undefined>;

/** `<Name a="x" flag />` → its attribute values; null when the text is not that component on its own. */
export function parseTag(form: ComponentForm, text: string): Props | null {
  const tag = new RegExp(`^<${form.name}((?:\\s+[A-Za-z]+(?:="[^"]*")?)*)\\s*/>$`).exec(text.trim());
  if (!tag) return null;
  const props: Props = {};
  for (const a of tag[1]!.matchAll(/([A-Za-z]+)(?:="([^"]*)")?/g)) {
    const kind = form.attributes.find((x) => x.name === a[1])?.kind;
    if (!kind) return null; // an attribute the form cannot show: leave the text as it is
    props[a[1]!] = kind === 'flag' ? true : kind === 'ids' ? a[2]!.split(',').map((s) => s.trim()) : a[2];
  }
  return props;
}

/** The MDX tag for a form's values, attributes in the registry's order, empty ones left out. */
export function writeTag(form: ComponentForm, props: Props): string {
  const parts = [form.name];
  for (const { name, kind } of form.attributes) {
    const v = props[name];
    if (kind === 'flag') {
      if (v === true) parts.push(name);
      continue;
    }
    const text = Array.isArray(v) ? v.join(',') : typeof v === 'string' ? v.trim() : '';
    if (text !== '') parts.push(`${name}="${text.replace(/"/g, '”')}"`);
  }
  return `<${parts.join(' ')} />`;
}
