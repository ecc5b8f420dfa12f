// Everything an embed page runs, bundled as one classic script (/embed/embed.js, see
// lib/embed/bundle.ts) so it also runs in an iframe sandboxed with only "allow-scripts".
// The map's own module script may run too where modules are allowed: each part sets
// itself up once per page.
import './map-interactions.ts';
import './embed-height.ts';
import './deferred.ts';
