import type { Codebook } from '../types.ts';
import { componentIdRules } from './components.ts';

export interface MdxProblem {
  file: string;
  line: number;
  message: string;
}

const tagPattern = /<([A-Z][A-Za-z0-9]*)\b([^>]*?)\/?>/g;
const attrPattern = /([a-zA-Z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Finds components and ids in an MDX body that the report does not know.
 * Runs before rendering so the error names the editor's file, not a
 * component deep in the build.
 */
export function checkMdxComponents(body: string, file: string, codebook: Codebook): MdxProblem[] {
  const rules = componentIdRules(codebook);
  const problems: MdxProblem[] = [];
  for (const tag of body.matchAll(tagPattern)) {
    const name = tag[1]!;
    const line = lineOf(body, tag.index ?? 0);
    const rule = rules[name];
    if (!rule) {
      problems.push({
        file,
        line,
        message: `unknown component <${name}>; available: ${Object.keys(rules).map((n) => `<${n}>`).join(', ')}`,
      });
      continue;
    }
    for (const attr of (tag[2] ?? '').matchAll(attrPattern)) {
      const valid = rule[attr[1]!];
      if (!valid) continue;
      const values = (attr[2] ?? attr[3] ?? '').split(',').map((v) => v.trim()).filter(Boolean);
      for (const value of values) {
        if (!valid.includes(value)) {
          problems.push({
            file,
            line,
            message: `<${name} ${attr[1]}="${value}">: unknown id "${value}"; valid ids: ${valid.join(', ')}`,
          });
        }
      }
    }
  }
  return problems;
}

export function formatMdxProblems(problems: MdxProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n');
}
