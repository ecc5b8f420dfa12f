// Generates the ILLUSTRATIVE survey export shipped with the repo so the site builds out of
// the box: real community names (data/communities/communities.csv) with invented answers.
// Seeded and free of clocks, so re-running it reproduces the committed file byte for byte.
//
//   node scripts/generate-illustrative.ts [--seed N] [--out FILE]
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import type { Codebook, OblastUnit, Option, Question } from '../src/contract/types.ts';
import { replaceFile } from '../src/files/replace-file.ts';

export const DEFAULT_SEED = 20260;
export const HEADER = [
  'respondent_id',
  'community',
  'oblast',
  'population',
  'lat',
  'lon',
  'smart_strategy',
  'priority_areas',
  'needs',
  'first_steps',
  'solutions',
  'has_cdto',
] as const;

export interface Community {
  community: string;
  oblast: string; // ISO 3166-2
  population: number | null;
  lat: number;
  lon: number;
}

type Rng = () => number;

/** mulberry32: tiny, fast and good enough to make illustrative answers look unpatterned. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function parseCommunities(text: string): Community[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  if (parsed.errors.length > 0) throw new Error(`communities.csv: ${parsed.errors[0]?.message}`);
  return parsed.data.map((r) => ({
    community: (r.community ?? '').trim(),
    oblast: (r.oblast ?? '').trim(),
    population: r.population?.trim() ? Number(r.population) : null,
    lat: Number(r.lat),
    lon: Number(r.lon),
  }));
}

// ---- How communities differ (the "story" the illustrative numbers tell) ----

type Region = 'west' | 'centre' | 'south' | 'east';
const REGION: Record<string, Region> = {
  'UA-07': 'west',
  'UA-21': 'west',
  'UA-26': 'west',
  'UA-46': 'west',
  'UA-56': 'west',
  'UA-61': 'west',
  'UA-68': 'west',
  'UA-77': 'west',
  'UA-05': 'centre',
  'UA-18': 'centre',
  'UA-32': 'centre',
  'UA-35': 'centre',
  'UA-53': 'centre',
  'UA-71': 'centre',
  'UA-74': 'centre',
  'UA-23': 'south',
  'UA-48': 'south',
  'UA-51': 'south',
  'UA-65': 'south',
  'UA-09': 'east',
  'UA-12': 'east',
  'UA-14': 'east',
  'UA-59': 'east',
  'UA-63': 'east',
};
// Western and central communities lean towards having a strategy; frontline ones less so.
const READINESS_BASE: Record<Region, number> = { west: 0.58, centre: 0.52, south: 0.44, east: 0.38 };

const PRIORITY_BASE: Record<string, number> = {
  e_governance: 1.0,
  energy_efficiency: 0.85,
  education: 0.55,
  public_safety: 0.55,
  utilities: 0.6,
  transport: 0.35,
  healthcare: 0.45,
  environment: 0.4,
  e_democracy: 0.4,
  tourism: 0.3,
};
// Where one priority visibly dominates, so the "most-chosen priority" map is not one colour.
const PRIORITY_BOOST: Record<string, Record<string, number>> = {
  'UA-21': { tourism: 4.5 },
  'UA-26': { tourism: 4.5 },
  'UA-77': { tourism: 3.5 },
  'UA-46': { tourism: 2.5 },
  'UA-09': { public_safety: 3 },
  'UA-14': { public_safety: 3 },
  'UA-63': { public_safety: 2.8 },
  'UA-59': { public_safety: 2.6 },
  'UA-23': { public_safety: 2.8 },
  'UA-65': { public_safety: 2.8 },
  'UA-51': { energy_efficiency: 1.6, utilities: 1.4 },
  'UA-48': { energy_efficiency: 1.6 },
  'UA-53': { energy_efficiency: 1.5 },
  'UA-35': { energy_efficiency: 1.5 },
  'UA-12': { utilities: 2 },
  'UA-32': { e_governance: 1.4, transport: 2 },
};
const NEED_WEIGHT: Record<string, number> = {
  expertise: 0.7,
  staff_training: 0.65,
  infrastructure: 0.55,
  legal_framework: 0.3,
  best_practices: 0.45,
  partners: 0.35,
};
const STEP_WEIGHT: Record<string, number> = {
  adopt_strategy: 0.9,
  appoint_cdto: 0.6,
  broadband: 0.55,
  online_services: 0.8,
  open_data: 0.35,
  staff_training: 0.6,
  pilot_projects: 0.45,
};
// Bigger places have the "city" solutions (e-ticketing, apps); almost everyone has online services.
const SOLUTION_WEIGHT: Record<string, { base: number; urban: number }> = {
  online_admin_services: { base: 0.9, urban: 0 },
  e_petitions: { base: 0.6, urban: 0.2 },
  participatory_budget: { base: 0.5, urban: 0.3 },
  video_surveillance: { base: 0.55, urban: 0.2 },
  e_queue: { base: 0.3, urban: 0.3 },
  open_data_portal: { base: 0.25, urban: 0.3 },
  smart_lighting: { base: 0.25, urban: 0.15 },
  gis_portal: { base: 0.15, urban: 0.25 },
  city_app: { base: 0.08, urban: 0.35 },
  e_ticketing: { base: 0.02, urban: 0.4 },
};

// ---- Small random helpers ----

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

function gaussian(rng: Rng): number {
  // Irwin–Hall approximation: deterministic and good enough for "noise".
  return rng() + rng() + rng() + rng() + rng() + rng() - 3;
}

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Weighted sampling without replacement of `k` codes. */
function sample(rng: Rng, weights: Record<string, number>, k: number): Set<string> {
  const pool = Object.entries(weights).filter(([, w]) => w > 0);
  const chosen = new Set<string>();
  while (chosen.size < k && pool.length > 0) {
    const total = pool.reduce((s, [, w]) => s + w, 0);
    let x = rng() * total;
    let idx = pool.length - 1;
    for (let i = 0; i < pool.length; i++) {
      x -= (pool[i] as [string, number])[1];
      if (x < 0) {
        idx = i;
        break;
      }
    }
    chosen.add((pool[idx] as [string, number])[0]);
    pool.splice(idx, 1);
  }
  return chosen;
}

// ---- Cell writing ----

type Style = 'code' | 'uk' | 'en';

function question(codebook: Codebook, id: string): Question {
  const q = codebook.questions.find((x) => x.id === id);
  if (!q) throw new Error(`codebook has no question "${id}"`);
  return q;
}

function spell(option: Option, style: Style): string {
  return style === 'code' ? option.code : option.label[style];
}

/** Chosen codes in codebook order, written in the row's style. */
function cell(q: Question, codes: Set<string>, style: Style): string {
  return q.options
    .filter((o) => codes.has(o.code))
    .map((o) => spell(o, style))
    .join('|');
}

function oblastSpelling(rng: Rng, unit: OblastUnit): string {
  if (rng() >= 0.1) return unit.name_uk;
  const variants = [
    unit.iso,
    `${unit.short_uk} обл.`,
    unit.aliases[0] ?? unit.short_uk,
    unit.name_en,
    `${unit.katotth}${'0'.repeat(15)}`, // 19-character KATOTTH code of the oblast itself
  ];
  return pick(rng, variants);
}

function populationCell(rng: Rng, population: number | null): string {
  if (population === null || rng() < 0.04) return '';
  // A few written the way spreadsheets in a Ukrainian locale show them ("12 345").
  if (rng() < 0.04) return String(population).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return String(population);
}

// ---- One respondent ----

function respond(
  rng: Rng,
  c: Community,
  unit: OblastUnit,
  codebook: Codebook,
  priorityWeights: Record<string, number>,
): string[] {
  const style: Style = ((x) => (x < 0.85 ? 'code' : x < 0.97 ? 'uk' : 'en'))(rng());
  const pop = c.population ?? 15000;
  const size = Math.log2(pop / 20000); // 0 at a typical small town, ~+3 at 160k
  const readiness = READINESS_BASE[REGION[c.oblast] ?? 'centre'] + 0.07 * size + 0.2 * gaussian(rng);

  const strategy =
    readiness > 0.68 ? 'adopted' : readiness > 0.5 ? 'in_progress' : readiness > 0.3 ? 'planned' : 'none';
  const cdtoMissing = rng() < 0.08;
  const hasCdto = rng() < Math.min(0.92, Math.max(0.05, 0.1 + 0.75 * readiness));

  const priorities = sample(rng, priorityWeights, 2 + Math.floor(rng() * 3));

  const needs = new Set<string>();
  if (rng() < 0.86) needs.add('funding');
  for (const n of sample(rng, NEED_WEIGHT, 1 + Math.floor(rng() * 2.4))) needs.add(n);

  const stepWeights = { ...STEP_WEIGHT };
  if (strategy === 'adopted') stepWeights.adopt_strategy = 0;
  if (hasCdto && !cdtoMissing) stepWeights.appoint_cdto = 0;
  const steps = sample(rng, stepWeights, 1 + Math.floor(rng() * 3));

  const urban = Math.max(0, Math.min(1, size / 2.5));
  const nSolutions = Math.max(1, Math.min(8, Math.round(1 + 3.5 * readiness + 1.2 * size + gaussian(rng))));
  const solutionWeights = Object.fromEntries(
    Object.entries(SOLUTION_WEIGHT).map(([code, w]) => [code, w.base + w.urban * urban]),
  );
  const solutions = sample(rng, solutionWeights, nSolutions);

  const yesNo = question(codebook, 'has_cdto').options.find((o) => o.code === (hasCdto ? 'yes' : 'no'));
  return [
    c.community,
    oblastSpelling(rng, unit),
    populationCell(rng, c.population),
    c.lat.toFixed(3),
    c.lon.toFixed(3),
    cell(question(codebook, 'smart_strategy'), new Set([strategy]), style),
    cell(question(codebook, 'priority_areas'), priorities, style),
    rng() < 0.08 ? '' : cell(question(codebook, 'needs'), needs, style),
    rng() < 0.05 ? '' : cell(question(codebook, 'first_steps'), steps, style),
    rng() < 0.08 ? '' : cell(question(codebook, 'solutions'), solutions, style),
    cdtoMissing || !yesNo ? '' : spell(yesNo, style),
  ];
}

/** Pure core: the same inputs and seed always give the same CSV text. */
export function generateIllustrativeCsv(
  communities: readonly Community[],
  codebook: Codebook,
  units: readonly OblastUnit[],
  seed: number = DEFAULT_SEED,
): string {
  const rng = mulberry32(seed);
  const byIso = new Map(units.map((u) => [u.iso, u]));
  // Each oblast gets its own slight tilt on top of the regional boosts, so neighbours differ.
  const priorityWeights = new Map<string, Record<string, number>>();
  for (const u of units) {
    const boost = PRIORITY_BOOST[u.iso] ?? {};
    priorityWeights.set(
      u.iso,
      Object.fromEntries(
        Object.entries(PRIORITY_BASE).map(([code, w]) => [code, w * (boost[code] ?? 1) * (0.85 + 0.3 * rng())]),
      ),
    );
  }
  const rows = shuffle(rng, communities).map((c, i) => {
    const unit = byIso.get(c.oblast);
    const weights = priorityWeights.get(c.oblast);
    if (!unit || !weights) throw new Error(`${c.community}: unknown oblast ${c.oblast}`);
    return [`R${String(i + 1).padStart(4, '0')}`, ...respond(rng, c, unit, codebook, weights)];
  });
  return `${Papa.unparse({ fields: [...HEADER], data: rows }, { newline: '\n' })}\n`;
}

// ---- Thin edge ----

function main(argv: string[]): void {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seed = Number(arg('--seed') ?? DEFAULT_SEED);
  const out = arg('--out') ?? fileURLToPath(new URL('../data/survey/illustrative-export.csv', import.meta.url));
  if (!Number.isInteger(seed)) {
    console.error('--seed must be an integer');
    process.exit(2);
  }
  const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
  const communities = parseCommunities(read('data/communities/communities.csv'));
  const codebook = JSON.parse(read('data/codebook.json')) as Codebook;
  const { units } = JSON.parse(read('data/oblasts.json')) as { units: OblastUnit[] };
  const csv = generateIllustrativeCsv(communities, codebook, units, seed);
  replaceFile(out, csv);
  console.log(`wrote ${out}: ${communities.length} illustrative respondents (seed ${seed})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
