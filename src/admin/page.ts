// The admin's HTML page. Its CSP is its own (the reader pages' hashes do not fit a CMS that
// styles its elements inline): scripts, fonts, frames and workers from this origin only;
// network calls to this origin and, for saving through GitHub, to GitHub's API and the
// Association's sign-in relay — no other origin.

/** The page's Content-Security-Policy; `authUrl` is the OAuth relay, when there is one. */
function adminCsp({ authUrl }: { authUrl?: string | undefined }): string {
  const github = ['https://api.github.com', ...(authUrl ? [new URL(authUrl).origin] : [])].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    "font-src 'self'",
    `connect-src 'self' data: blob: ${github}`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The whole page: not indexed, Ukrainian, the CMS script and its configuration (src/admin/config.ts). */
export function adminPage(options: { authUrl?: string | undefined; config: Record<string, unknown> }): string {
  // JSON in a data block is never run; `<` is escaped so no text in it can close the element.
  const config = JSON.stringify(options.config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="uk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<meta http-equiv="Content-Security-Policy" content="${adminCsp(options)}">
<title>Редагування текстів звіту</title>
<script type="application/json" id="cms-config">${config}</script>
</head>
<body>
<script type="module" src="cms.js"></script>
</body>
</html>
`;
}
