// Byte-for-byte comparison of two build outputs.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { listFiles } from '../../scripts/site-check/pages.ts';

export interface DirDiff {
  onlyInA: string[];
  onlyInB: string[];
  differ: string[];
}

export function compareDirs(a: string, b: string): DirDiff {
  const rel = (root: string): string[] => listFiles(root).map((f) => relative(root, f).split(sep).join('/'));
  const inA = new Set(rel(a));
  const inB = new Set(rel(b));
  return {
    onlyInA: [...inA].filter((f) => !inB.has(f)),
    onlyInB: [...inB].filter((f) => !inA.has(f)),
    differ: [...inA].filter((f) => inB.has(f) && !readFileSync(`${a}/${f}`).equals(readFileSync(`${b}/${f}`))),
  };
}

export function describeDiff(d: DirDiff): string {
  const parts: string[] = [];
  if (d.differ.length) parts.push(`differing files:\n  ${d.differ.join('\n  ')}`);
  if (d.onlyInA.length) parts.push(`only in first build:\n  ${d.onlyInA.join('\n  ')}`);
  if (d.onlyInB.length) parts.push(`only in second build:\n  ${d.onlyInB.join('\n  ')}`);
  return parts.join('\n');
}
