// Height messages between an embed and its host page. The embed speaks three
// dialects so hosts need nothing of ours when they already run one of them:
// our own message, the AMP `embed-size` message (read by @newswire/frames and AMP's
// amp-iframe) and pym.js's string message (read by pym.Parent).
// The host side acts only on our own message, and only from a frame it can vouch for.

const MESSAGE_TYPE = 'smart-survey:embed-height';
/** Tall enough for any graphic at phone width; anything above is not a real height. */
const MAX_HEIGHT = 20_000;

export interface HeightMessage {
  type: typeof MESSAGE_TYPE;
  /** Graphic id, e.g. 'map-strategy_adopted'. */
  id: string;
  height: number;
}

export interface AmpSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** The host asks an embed for its height (e.g. when our script loads after the frame). */
export const ASK_TYPE = 'smart-survey:embed-ask';

export function isAsk(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === ASK_TYPE;
}

/** pym.Parent sends the frame width on load and resize and expects a height back. */
export function isPymWidth(data: unknown, childId: string | null): boolean {
  return typeof data === 'string' && childId !== null && data.startsWith(['pym', childId, 'width', ''].join('xPYMx'));
}

export function ourMessage(id: string, height: number): HeightMessage {
  return { type: MESSAGE_TYPE, id, height };
}

export function ampMessage(height: number): AmpSizeMessage {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** pym.js: 'pym' + childId + 'height' + value, joined by its delimiter. */
export function pymMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(height)].join('xPYMx');
}

/** Everything the embed posts to its parent for one height. pym only when a pym parent gave us a childId. */
export function heightMessages(
  id: string,
  height: number,
  pymChildId: string | null,
): (HeightMessage | AmpSizeMessage | string)[] {
  const out: (HeightMessage | AmpSizeMessage | string)[] = [ourMessage(id, height), ampMessage(height)];
  if (pymChildId && /^[\w-]{1,100}$/.test(pymChildId)) out.push(pymMessage(pymChildId, height));
  return out;
}

function isValidHeight(h: unknown): h is number {
  return typeof h === 'number' && Number.isInteger(h) && h > 0 && h <= MAX_HEIGHT;
}

/** Our message, exactly: right type, an id, a sane integer height, nothing else. */
export function readOurMessage(data: unknown): HeightMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  const keys = Object.keys(d).sort().join(',');
  if (keys !== 'height,id,type' || d.type !== MESSAGE_TYPE || typeof d.id !== 'string' || !isValidHeight(d.height))
    return null;
  return { type: MESSAGE_TYPE, id: d.id, height: d.height };
}

/** A frame on the host page that shows one of our embeds. */
export interface KnownFrame<W> {
  /** Origin of the frame's src, e.g. 'https://report.example.org'. */
  origin: string;
  /** Graphic id taken from the frame's src. */
  id: string;
  window: W;
}

export interface MessageLike<W> {
  origin: string;
  source: W | null;
  data: unknown;
}

/**
 * The frame and height to apply, or null. Trust comes from the source window: the
 * message must come from the window of one of our frames (an <iframe> whose src is one
 * of our embeds) and name that frame's graphic. Its origin is then either ours or "null"
 * — the opaque origin of a frame sandboxed without allow-same-origin, which a string
 * comparison could never vouch for; any other origin means the frame was navigated
 * elsewhere and is refused. The height is bounded (MAX_HEIGHT) whoever sent it.
 */
export function acceptHeight<W, F extends KnownFrame<W>>(
  event: MessageLike<W>,
  frames: F[],
  allowedOrigin: string,
): { frame: F; height: number } | null {
  if (event.source === null || (event.origin !== allowedOrigin && event.origin !== 'null')) return null;
  const message = readOurMessage(event.data);
  if (!message) return null;
  const frame = frames.find((f) => f.window === event.source);
  if (!frame || frame.origin !== allowedOrigin || frame.id !== message.id) return null;
  return { frame, height: message.height };
}

const embedPath = /\/embed\/([a-z][a-z0-9_-]*)\/?$/;

/** The graphic id of an embed URL of our site (under any base path), or null. */
export function embedIdFromUrl(src: string, origin: string, base: string): string | null {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  const prefix = base.replace(/\/+$/, '');
  if (!url.pathname.startsWith(prefix + '/')) return null;
  const rest = url.pathname.slice(prefix.length);
  if (!/^\/(en\/)?embed\//.test(rest)) return null;
  return embedPath.exec(rest)?.[1] ?? null;
}
