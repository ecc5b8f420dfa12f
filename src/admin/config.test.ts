import { describe, expect, it } from 'vitest';
import { cmsConfig } from './config.ts';

const backendOf = (authUrl?: string) =>
  cmsConfig({ repo: 'o/r', branch: 'main', authUrl, review: false }).backend as Record<string, unknown>;

describe('cmsConfig', () => {
  it('offers GitHub sign-in only through the Association relay, token sign-in otherwise', () => {
    expect(backendOf()).toMatchObject({ auth_methods: ['token'] });
    expect(backendOf()).not.toHaveProperty('base_url');
    const relay = backendOf('https://auth.example.org');
    expect(relay).toMatchObject({ base_url: 'https://auth.example.org' });
    expect(relay).not.toHaveProperty('auth_methods');
  });

  it('names the pages as the site does', () => {
    const collection = (cmsConfig({ repo: 'o/r', branch: 'main', review: false }).collections as never[])[0] as {
      fields: { name: string; options?: { value: string; label: string }[] }[];
    };
    const page = collection.fields.find((f) => f.name === 'page')!;
    expect(page.options).toContainEqual({ value: 'about', label: 'Про проєкт' });
  });
});
