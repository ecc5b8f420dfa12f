import { describe, expect, it } from 'vitest';
import {
  acceptHeight,
  ampMessage,
  embedIdFromUrl,
  heightMessages,
  isPymWidth,
  ourMessage,
  pymMessage,
  readOurMessage,
} from '../../../src/site/embed/messages.ts';

const ORIGIN = 'https://report.example.org';
const ourWindow = { name: 'our frame' };
const otherWindow = { name: 'another frame' };
const frames = [{ origin: ORIGIN, id: 'map-has_cdto', window: ourWindow }];

describe('heightMessages', () => {
  it('speaks our message, AMP embed-size and, for a pym parent, pym height', () => {
    expect(heightMessages('bar-needs', 612, 'pym-0-ab12')).toEqual([
      { type: 'smart-survey:embed-height', id: 'bar-needs', height: 612 },
      { sentinel: 'amp', type: 'embed-size', height: 612 },
      'pymxPYMxpym-0-ab12xPYMxheightxPYMx612',
    ]);
  });
  it('sends no pym message without a usable childId', () => {
    expect(heightMessages('bar-needs', 1, null)).toHaveLength(2);
    expect(heightMessages('bar-needs', 1, 'bad id"<')).toHaveLength(2);
  });
  it('recognises pym width messages for our child id only', () => {
    expect(isPymWidth('pymxPYMxc1xPYMxwidthxPYMx640', 'c1')).toBe(true);
    expect(isPymWidth('pymxPYMxc2xPYMxwidthxPYMx640', 'c1')).toBe(false);
    expect(isPymWidth(pymMessage('c1', 5), 'c1')).toBe(false);
  });
});

describe('acceptHeight', () => {
  const event = (over: Partial<{ origin: string; source: object | null; data: unknown }>) => ({
    origin: ORIGIN,
    source: ourWindow,
    data: ourMessage('map-has_cdto', 640),
    ...over,
  });

  it('accepts our height message from our origin and our frame', () => {
    expect(acceptHeight(event({}), frames, ORIGIN)).toEqual({ frame: frames[0], height: 640 });
  });
  it('rejects a forged origin', () => {
    expect(acceptHeight(event({ origin: 'https://evil.example' }), frames, ORIGIN)).toBeNull();
  });
  it('accepts the opaque "null" origin of a sandboxed frame only from our frame’s window', () => {
    expect(acceptHeight(event({ origin: 'null' }), frames, ORIGIN)).toEqual({ frame: frames[0], height: 640 });
    expect(acceptHeight(event({ origin: 'null', source: otherWindow }), frames, ORIGIN)).toBeNull();
    expect(acceptHeight(event({ origin: 'null', source: null }), frames, ORIGIN)).toBeNull();
    expect(acceptHeight(event({ origin: 'null', data: ourMessage('bar-needs', 640) }), frames, ORIGIN)).toBeNull();
  });
  it('rejects a message from a window that is not one of our frames', () => {
    expect(acceptHeight(event({ source: otherWindow }), frames, ORIGIN)).toBeNull();
    expect(acceptHeight(event({ source: null }), frames, ORIGIN)).toBeNull();
  });
  it('rejects a message naming another graphic than the frame shows', () => {
    expect(acceptHeight(event({ data: ourMessage('bar-needs', 640) }), frames, ORIGIN)).toBeNull();
  });
  it('rejects other shapes: AMP, pym, strings, bad heights, extra keys', () => {
    for (const data of [
      ampMessage(640),
      pymMessage('x', 640),
      JSON.stringify(ourMessage('map-has_cdto', 640)),
      { ...ourMessage('map-has_cdto', 640), height: -5 },
      { ...ourMessage('map-has_cdto', 640), height: 1e9 },
      { ...ourMessage('map-has_cdto', 640), height: '640' },
      { ...ourMessage('map-has_cdto', 640), height: 640.5 },
      { ...ourMessage('map-has_cdto', 640), extra: 1 },
      null,
      [640],
    ]) {
      expect(readOurMessage(data), JSON.stringify(data)).toBeNull();
      expect(acceptHeight(event({ data }), frames, ORIGIN)).toBeNull();
    }
  });
});

describe('embedIdFromUrl', () => {
  it('reads the graphic id of our embed URLs in both languages and under a base path', () => {
    expect(embedIdFromUrl(`${ORIGIN}/embed/map-has_cdto/`, ORIGIN, '/')).toBe('map-has_cdto');
    expect(embedIdFromUrl(`${ORIGIN}/en/embed/bar-needs/?childId=x`, ORIGIN, '/')).toBe('bar-needs');
    expect(embedIdFromUrl(`${ORIGIN}/sub/path/embed/bar-needs/`, ORIGIN, '/sub/path/')).toBe('bar-needs');
  });
  it('ignores other origins, other paths and junk', () => {
    expect(embedIdFromUrl('https://evil.example/embed/bar-needs/', ORIGIN, '/')).toBeNull();
    expect(embedIdFromUrl(`${ORIGIN}/press/`, ORIGIN, '/')).toBeNull();
    expect(embedIdFromUrl(`${ORIGIN}/embed/bar-needs/`, ORIGIN, '/sub/path/')).toBeNull();
    expect(embedIdFromUrl('not a url', ORIGIN, '/')).toBeNull();
  });
});
