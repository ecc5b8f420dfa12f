import { describe, expect, it } from 'vitest';
import { loadProjectData } from '../project.ts';
import { compileCodebook } from './codebook.ts';

describe('compileCodebook', () => {
  it('reads a boolean question whose option codes are property names of every JS object', () => {
    const { codebook } = loadProjectData(process.cwd()).codebook;
    const question = {
      ...codebook.questions[0]!,
      id: 'flag',
      type: 'boolean' as const,
      options: [
        { code: 'constructor', label: { uk: 'Так', en: 'Yes' } },
        { code: 'toString', label: { uk: 'Ні', en: 'No' } },
      ],
    };
    const compiled = compileCodebook({ ...codebook, questions: [question] });
    expect(compiled.question.get('flag')!.find('так')).toBe('constructor');
    expect(compiled.question.get('flag')!.find('false')).toBeUndefined();
  });
});
