// On the host page (served as /embed/resize.js): resizes our embed iframes to the
// height their content reports. Acts only on our own message, from our origin, from
// the window of an iframe that shows one of our embeds — see acceptHeight.
import { ASK_TYPE, acceptHeight, embedIdFromUrl, type KnownFrame } from '../site/embed/messages.ts';

type Frame = KnownFrame<Window> & { el: HTMLIFrameElement };

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  const flag = '__smartSurveyEmbeds';
  const host = window as unknown as Record<string, boolean>;
  if (!script?.src || host[flag]) return;
  host[flag] = true;
  const self = new URL(script.src);
  const origin = self.origin;
  const base = self.pathname.replace(/embed\/resize\.js$/, '');

  const frames = (): Frame[] =>
    [...document.querySelectorAll('iframe')].flatMap((el) => {
      const id = embedIdFromUrl(el.src, origin, base);
      return id && el.contentWindow ? [{ origin, id, window: el.contentWindow, el }] : [];
    });

  addEventListener('message', (event) => {
    const hit = acceptHeight(
      { origin: event.origin, source: event.source as Window | null, data: event.data },
      frames(),
      origin,
    );
    if (hit) hit.frame.el.setAttribute('height', String(hit.height));
  });
  // Frames that loaded before this script already sent their height: ask again.
  // '*': the ask carries nothing secret, and a frame still loading has another origin.
  for (const f of frames()) f.window.postMessage({ type: ASK_TYPE }, '*');
})();
