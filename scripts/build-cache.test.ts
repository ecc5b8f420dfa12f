import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { treeDigest } from '../src/site/build/tree-digest.ts';
import { freshStamp, saveStamp } from './build-cache.ts';
import { dataStepInputs, dataStepOutputs } from './build-data.ts';

let dir = '';
let env: NodeJS.ProcessEnv = {};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
  env = { BUILD_CACHE_DIR: join(dir, 'cache') };
  mkdirSync(join(dir, 'data/survey'), { recursive: true });
  mkdirSync(join(dir, 'data/generated'), { recursive: true });
  writeFileSync(join(dir, 'data/codebook.json'), '{"questions":[]}');
  writeFileSync(join(dir, 'data/dataset.json'), '{"input":"elsewhere/export.csv"}');
  mkdirSync(join(dir, 'elsewhere'));
  writeFileSync(join(dir, 'elsewhere/export.csv'), 'a;b\n1;2\n');
  writeFileSync(join(dir, 'data/generated/national.json'), '{}');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('treeDigest', () => {
  it('changes with a file edited, added, removed or renamed, and with a setting', () => {
    const base = treeDigest(dir, ['data'], ['A=1']);
    expect(treeDigest(dir, ['data'], ['A=1'])).toBe(base);
    writeFileSync(join(dir, 'data/codebook.json'), '{"questions":[1]}');
    const edited = treeDigest(dir, ['data'], ['A=1']);
    expect(edited).not.toBe(base);
    writeFileSync(join(dir, 'data/survey/new.csv'), '');
    const added = treeDigest(dir, ['data'], ['A=1']);
    expect(added).not.toBe(edited);
    rmSync(join(dir, 'data/survey/new.csv'));
    expect(treeDigest(dir, ['data'], ['A=1'])).toBe(edited);
    expect(treeDigest(dir, ['data'], ['A=2'])).not.toBe(edited);
    expect(treeDigest(dir, ['data', 'missing'], ['A=1'])).not.toBe(edited);
  });
});

describe('a build step stamp', () => {
  const outputs = () => treeDigest(dir, ['data/generated']);

  it('is fresh only for the same inputs and untouched outputs', () => {
    saveStamp('step', { inputs: 'x', outputs: outputs(), stdout: 'ok\n', stderr: 'warning\n' }, env);
    expect(freshStamp('step', 'x', outputs, env)).toMatchObject({ stdout: 'ok\n', stderr: 'warning\n' });
    expect(freshStamp('step', 'y', outputs, env)).toBeNull();
    writeFileSync(join(dir, 'data/generated/national.json'), '{"changed":true}');
    expect(freshStamp('step', 'x', outputs, env)).toBeNull();
    expect(freshStamp('other', 'x', outputs, env)).toBeNull();
  });
});

describe('the data step', () => {
  it('misses after any change to what it reads: data files, the export outside data/, a setting', () => {
    const base = dataStepInputs(dir, {});
    expect(dataStepInputs(dir, {})).toBe(base);
    writeFileSync(join(dir, 'elsewhere/export.csv'), 'a;b\n1;3\n');
    const exportEdited = dataStepInputs(dir, {});
    expect(exportEdited).not.toBe(base);
    writeFileSync(join(dir, 'data/codebook.json'), '{"questions":[2]}');
    const codebookEdited = dataStepInputs(dir, {});
    expect(codebookEdited).not.toBe(exportEdited);
    expect(dataStepInputs(dir, { SURVEY_ILLUSTRATIVE: '0' })).not.toBe(codebookEdited);
  });

  it('does not count its own outputs as inputs, and sees them changed', () => {
    const inputs = dataStepInputs(dir, {});
    const outputs = dataStepOutputs(dir);
    writeFileSync(join(dir, 'data/generated/national.json'), '{"rerun":1}');
    expect(dataStepInputs(dir, {})).toBe(inputs);
    expect(dataStepOutputs(dir)).not.toBe(outputs);
  });
});
