import { describe, expect, it } from 'vitest';
import { cspProblems, parseCsp } from '../../quality/csp.ts';
import { page } from './fixture-site.ts';

const withCsp = (policy: string): string =>
  page('<h1>x</h1>', `<meta http-equiv="content-security-policy" content="${policy}">`);

describe('cspProblems', () => {
  it('accepts a self-only policy with script hashes', () => {
    expect(
      cspProblems(
        withCsp(
          "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='; img-src 'self' data:",
        ),
      ),
    ).toEqual([]);
  });

  it('requires a policy', () => {
    expect(cspProblems(page('<h1>x</h1>'))).toEqual(['no Content-Security-Policy <meta>']);
  });

  it("rejects 'unsafe-inline' scripts and third-party origins", () => {
    expect(
      cspProblems(withCsp("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.example.com")),
    ).toEqual([
      "CSP script-src allows 'unsafe-inline'",
      'CSP script-src allows third-party source https://cdn.example.com',
    ]);
    expect(cspProblems(withCsp("default-src *; script-src 'self'"))).toEqual([
      'CSP default-src allows third-party source *',
    ]);
  });

  it('rejects a policy that leaves fetches unrestricted', () => {
    expect(cspProblems(withCsp("script-src 'self'"))).toEqual([
      'CSP has no default-src, so images, fonts and fetches may go to any origin',
    ]);
  });

  it('parses directive names case-insensitively and keeps the first of a repeated directive', () => {
    expect(parseCsp("Script-Src 'self'; script-src *").get('script-src')).toEqual(["'self'"]);
  });
});
