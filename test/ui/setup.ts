/* jsdom lacks a few browser APIs Fluent UI touches. */
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

/* jsdom has no layout, so nothing ever resizes: an observer that never fires is faithful enough. */
if (!("ResizeObserver" in window)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: typeof NoLayoutResizeObserver }).ResizeObserver =
    NoLayoutResizeObserver;
}
