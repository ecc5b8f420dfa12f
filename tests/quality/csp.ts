// The Content-Security-Policy promise: inline event handlers cannot run and nothing
// may be fetched from a third-party origin.
import { attr, parseHtml, select } from '../../scripts/site-check/html.ts';

export type Csp = Map<string, string[]>;

export function parseCsp(policy: string): Csp {
  const csp: Csp = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !csp.has(name.toLowerCase())) csp.set(name.toLowerCase(), sources);
  }
  return csp;
}

const FETCH_DIRECTIVES = [
  'default-src',
  'script-src',
  'script-src-elem',
  'script-src-attr',
  'style-src',
  'style-src-elem',
  'img-src',
  'font-src',
  'connect-src',
  'media-src',
  'object-src',
  'frame-src',
  'child-src',
  'worker-src',
  'manifest-src',
];

/** A source that names somewhere other than this origin (hosts, wildcards, schemes that reach the network). */
function isThirdParty(source: string): boolean {
  const s = source.toLowerCase();
  if (s.startsWith("'")) return false; // keywords, hashes, nonces
  if (s === 'data:' || s === 'blob:') return false;
  return true; // *, https:, http:, any host
}

export function cspProblems(html: string): string[] {
  const metas = select(parseHtml(html), 'meta').filter(
    (m) => attr(m, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  if (metas.length === 0) return ['no Content-Security-Policy <meta>'];
  const csp = parseCsp(metas.map((m) => attr(m, 'content') ?? '').join(';'));
  const problems: string[] = [];
  const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
  if (!scriptSrc) problems.push('CSP has neither script-src nor default-src, so any script may run');
  else {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"]) {
      if (scriptSrc.includes(bad)) problems.push(`CSP script-src allows ${bad}`);
    }
  }
  if (csp.get('script-src-attr')?.some((s) => s !== "'none'"))
    problems.push('CSP script-src-attr allows inline handlers');
  const defaultSrc = csp.get('default-src');
  if (!defaultSrc) problems.push('CSP has no default-src, so images, fonts and fetches may go to any origin');
  for (const name of FETCH_DIRECTIVES) {
    for (const source of csp.get(name) ?? []) {
      if (isThirdParty(source)) problems.push(`CSP ${name} allows third-party source ${source}`);
    }
  }
  return problems;
}
