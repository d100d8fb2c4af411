import type { DragPosition } from './ApplicationCards';

/**
 * The card being dragged and where, outside React's state: each pointer move writes here, and only
 * what reads the part that changed re-renders (the booth that gains or loses the hover, the ghost,
 * the live line), never the page or the other booths. Subscribed with useSyncExternalStore.
 */
export interface DragStore {
  get(): DragPosition | null;
  set(next: DragPosition | null): void;
  subscribe(listener: () => void): () => void;
}

export function createDragStore(): DragStore {
  let value: DragPosition | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (next === value) return;
      value = next;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The application being dragged, or null: changes only when a drag starts or ends. */
export const draggedId = (store: DragStore): string | null => store.get()?.applicationId ?? null;

/** The booth under the dragged card, or null. */
export const hoveredBoothId = (store: DragStore): string | null => store.get()?.boothId ?? null;
