import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

/**
 * jsdom has no layout: give recharts' responsive wrapper a 640×(style height) box and provide
 * ResizeObserver, so charts render their SVG as in a browser. Other elements keep jsdom's 0×0
 * (recharts measures text with them; a fake size there would make it drop axis ticks).
 */
class ResizeObserverStub implements ResizeObserver {
  // Sizes never change in jsdom, so there is nothing to observe.
  observe(): void {
    return undefined;
  }
  unobserve(): void {
    return undefined;
  }
  disconnect(): void {
    return undefined;
  }
}
globalThis.ResizeObserver ??= ResizeObserverStub;

// The recharts chunk loads lazily and jsdom renders slowly on a busy 2-core CI machine:
// findBy*/waitFor get 10 s instead of testing-library's default 1 s.
configure({ asyncUtilTimeout: 10_000 });

const originalRect = HTMLElement.prototype.getBoundingClientRect;
HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect(this: HTMLElement) {
  const rect = originalRect.call(this);
  if (rect.width > 0 || !this.classList.contains('recharts-wrapper')) return rect;
  const width = 640;
  const height = Number.parseFloat(this.style.height) || 300;
  const box = { x: 0, y: 0, top: 0, left: 0, width, height, right: width, bottom: height };
  return { ...box, toJSON: () => box };
};

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});
