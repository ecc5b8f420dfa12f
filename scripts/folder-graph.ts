// The folder graph of our own code, and its cycles. A node is a folder (the directory of a
// file, relative to the project root); an edge a → b means some file in a imports a file in
// b. Data flows one way (docs/architecture.md), so the graph must have no cycle: a cycle
// means two folders can only be understood — and changed — together.
//
// Imports are read with TypeScript's own pre-processor (`ts.preProcessFile`: static,
// `export … from`, dynamic `import()` and side-effect imports) from .ts/.mjs files and from
// the frontmatter and <script>s of .astro files. Only relative specifiers are ours; packages
// and virtual modules (`astro:content`) are not part of the graph.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Folder → the folders it imports from (never itself), each edge with one importing file as evidence. */
export type FolderGraph = Map<string, Map<string, string>>;

const SOURCE = /\.(ts|mts|mjs|js|astro)$/;
// Tests may import what they check and tests/ helpers; the graph is about the shipped code.
const TEST = /\.test\.ts$/;

/**
 * Folders counted as one node. Astro's layouts are components by another name: the page
 * shells in src/components/ wrap src/layouts/Base.astro, which renders components such as
 * the language switch — one presentation layer, drawn as one folder.
 */
const SAME_FOLDER: Record<string, string> = { 'src/layouts': 'src/components' };

/** The import specifiers written in one source file (for .astro: its frontmatter and scripts). */
export function importsOf(fileName: string, text: string): string[] {
  const code = fileName.endsWith('.astro') ? astroScripts(text) : text;
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

function astroScripts(text: string): string {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [front, ...scripts].join('\n');
}

function folderOf(root: string, file: string): string {
  const folder = relative(root, dirname(file)).split(sep).join('/');
  return SAME_FOLDER[folder] ?? folder;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name) && !TEST.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * The folder graph of every non-test source file under `dirs` (relative to `root`, e.g.
 * ['src', 'scripts']). Imports of files outside `dirs` (data/, tests/) are edges too, so
 * a cycle through them still shows.
 */
export function folderGraph(root: string, dirs: readonly string[]): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const file of dirs.flatMap((d) => sourceFiles(resolve(root, d)))) {
    const from = folderOf(root, file);
    for (const spec of importsOf(file, readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const to = folderOf(root, resolve(dirname(file), spec));
      if (to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, relative(root, file).split(sep).join('/'));
      graph.set(from, edges);
    }
  }
  return graph;
}

/**
 * Every cycle of the graph, one per strongly connected component of two or more folders
 * (Tarjan 1972), each as a closed path `[a, b, …, a]` through that component.
 * An empty list means the folders form a DAG.
 */
export function folderCycles(graph: FolderGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) components.push(component);
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return components.map((c) => cycleThrough(graph, new Set(c)));
}

/** A closed path inside one strongly connected component, from its first folder by name back to it. */
function cycleThrough(graph: FolderGraph, component: Set<string>): string[] {
  const start = [...component].sort()[0]!;
  // Breadth-first from start to the shortest way back, staying inside the component.
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of [...(graph.get(v)?.keys() ?? [])].sort()) {
      if (!component.has(w)) continue;
      if (w === start) return [start, ...trail(previous, start, v), start];
      if (!previous.has(w) && w !== start) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

function trail(previous: Map<string, string>, start: string, last: string): string[] {
  const path: string[] = [];
  for (let u: string | undefined = last; u !== undefined && u !== start; u = previous.get(u)) path.unshift(u);
  return path;
}

/** One line per cycle: `a → b → a (a/x.ts imports b, b/y.ts imports a)`. */
export function describeCycle(graph: FolderGraph, cycle: readonly string[]): string {
  const evidence = cycle.slice(1).map((to, i) => `${graph.get(cycle[i]!)!.get(to)} → ${to}`);
  return `${cycle.join(' → ')}\n    ${evidence.join('\n    ')}`;
}
