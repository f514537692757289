import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

/**
 * jsdom has no layout: give elements a size and provide ResizeObserver so recharts' responsive
 * charts measure a 640×(style height) box and render their SVG, as they do in a browser.
 */
class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;

const originalRect = HTMLElement.prototype.getBoundingClientRect;
HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect(this: HTMLElement) {
  const rect = originalRect.call(this);
  if (rect.width > 0) return rect;
  const height = Number.parseFloat(this.style.height) || 300;
  return { ...rect.toJSON(), x: 0, y: 0, top: 0, left: 0, width: 640, height, right: 640, bottom: height, toJSON: () => ({}) } as DOMRect;
};

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});
