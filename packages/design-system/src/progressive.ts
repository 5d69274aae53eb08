import { startTransition, useEffect, useMemo, useState } from 'react';

/**
 * A long list's items, `first` at once and `step` more after each frame until all are in.
 * A 100-row table page or a full order board cost seconds of main thread at CPU ×4 on each change,
 * all of it before the user saw the items at the top, and the DOM of every item was committed in one
 * long task. Now the first screenful is painted first, and the rest comes in small transitions:
 * React can interrupt them (scrolling, another click) and no single commit holds the whole list.
 */
export function useProgressive<T>(items: readonly T[] | undefined, step: number, first = step): readonly T[] {
  const [shown, setShown] = useState({ items, count: first });
  const count = shown.items === items ? shown.count : first;
  if (shown.items !== items) setShown({ items, count });
  const total = items?.length ?? 0;
  useEffect(() => {
    if (count >= total) return;
    const frame = requestAnimationFrame(() =>
      startTransition(() => setShown({ items, count: Math.min(total, count + step) })),
    );
    return () => cancelAnimationFrame(frame);
  }, [items, count, total, step]);
  return useMemo(() => (items ? items.slice(0, count) : []), [items, count]);
}
