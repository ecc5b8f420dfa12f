// Inside an embed: tell the host page how tall the graphic is, on load and whenever
// it changes (fonts, width, an opened table), in our own message, AMP's `embed-size`
// and — when a pym.js parent created the frame — pym's height message.
import { heightMessages, isAsk, isPymWidth } from '../site/embed/messages.ts';

const id = document.documentElement.dataset.embed;
const root = document.documentElement;
if (id && window.parent !== window && !root.dataset.heightReporter) {
  root.dataset.heightReporter = '1';
  const childId = new URLSearchParams(location.search).get('childId');
  let last = 0;
  const send = (force: boolean) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height <= 0 || (!force && height === last)) return;
    last = height;
    for (const message of heightMessages(id, height, childId)) window.parent.postMessage(message, '*');
  };
  new ResizeObserver(() => send(false)).observe(document.documentElement);
  addEventListener('load', () => send(true));
  addEventListener('message', (event) => {
    if (event.source === window.parent && (isAsk(event.data) || isPymWidth(event.data, childId))) send(true);
  });
}
