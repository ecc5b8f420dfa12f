// Part of `npm run lint`: the folders of src/ and scripts/ import each other without a
// cycle (scripts/folder-graph.ts; the direction of each folder is ESLint's, eslint.config.js).
//   node scripts/check-folders.ts
// Exit: 0 no cycle, 1 a cycle (each printed with one importing file per edge).
import { describeCycle, folderCycles, folderGraph } from './folder-graph.ts';

const graph = folderGraph(process.cwd(), ['src', 'scripts']);
const cycles = folderCycles(graph);
if (cycles.length > 0) {
  process.stderr.write(
    `Теки імпортують одна одну по колу / Folder cycles (data flows one way, docs/architecture.md):\n` +
      cycles.map((c) => `  ${describeCycle(graph, c)}`).join('\n') +
      '\n',
  );
  process.exitCode = 1;
}
