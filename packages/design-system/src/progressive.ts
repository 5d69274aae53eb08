import { startTransition, useEffect, useMemo, useState } from 'react';

/**
 * A long list's items, the first `first` at once and the rest in a transition right after.
 * A 100-row table page or a full order board cost seconds of main thread at CPU ×4 on each change,
 * all of it before the user saw the items at the top; now the first screenful is painted first and
 * the rest is rendered in slices React can interrupt (scrolling, another click).
 */
export function useProgressive<T>(items: readonly T[] | undefined, first: number): readonly T[] {
  const [shown, setShown] = useState({ items, count: first });
  const count = shown.items === items ? shown.count : first;
  if (shown.items !== items) setShown({ items, count });
  const total = items?.length ?? 0;
  useEffect(() => {
    if (count >= total) return;
    const frame = requestAnimationFrame(() => startTransition(() => setShown({ items, count: total })));
    return () => cancelAnimationFrame(frame);
  }, [items, count, total]);
  return useMemo(() => (items ? items.slice(0, count) : []), [items, count]);
}
