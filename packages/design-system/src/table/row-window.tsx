import {
  defaultRangeExtractor,
  useWindowVirtualizer,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual';
import {
  createContext,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type HTMLAttributes,
  type ReactNode,
  type RefObject,
} from 'react';

/**
 * Pages with more rows than this render only the rows in or near the viewport. Pages of 10 or 20
 * stay plain tables: a whole page costs little, and every row is in the DOM for find-in-page.
 */
export const VIRTUAL_AFTER = 30;
/** An antd `size="middle"` row as the console's lists render it (each row's measured height replaces it). */
const ROW_ESTIMATE = 48;
/** Rows kept rendered beyond each edge of the viewport: Tab and short wheel steps land on rendered rows. */
const OVERSCAN = 6;

/** What a page row renders as: itself, a spacer standing for it and the hidden rows after it, or nothing. */
const ROW = 'row';
type Slot = typeof ROW | { spacer: number };

interface RowWindowState {
  /** The index on the page of each row key (`data-row-key` as a string). */
  indexOf: ReadonlyMap<string, number>;
  slots: ReadonlyMap<number, Slot>;
  columns: number;
  measure: (row: HTMLTableRowElement | null) => void;
  focus: (index: number | null) => void;
}

const RowWindowContext = createContext<RowWindowState | null>(null);

/** The CSS variable that holds a column's locked width (see `RowWindow`). */
export function columnWidthVar(index: number): string {
  return `--careops-data-table-col-${index}`;
}

/**
 * A row's height, from its resize observer's entry. A row just mounted keeps the height it had
 * (or the estimate) until its entry comes: reading it then would force a layout while React
 * commits. 0 (no layout: a hidden page, tests) keeps the estimate too.
 */
function measureRow(
  row: HTMLTableRowElement,
  entry: ResizeObserverEntry | undefined,
  virtualizer: Virtualizer<Window, HTMLTableRowElement>,
): number {
  const index = virtualizer.indexFromElement(row);
  const known = virtualizer.itemSizeCache.get(virtualizer.options.getItemKey(index)) ?? ROW_ESTIMATE;
  const height = entry?.borderBoxSize[0]?.blockSize ?? 0;
  return height > 0 ? Math.round(height) : known;
}

type RowProps = HTMLAttributes<HTMLTableRowElement> & {
  'data-row-key'?: string | number;
  children?: ReactNode;
};

/**
 * The body row of a windowed table (antd's `components.body.row`). antd still builds every row of
 * the page, which is cheap, but the cells are only mounted for rows in the window; each run of
 * rows outside it is one empty, aria-hidden spacer row of their height. Rows that stay in the
 * window do not re-render while it moves.
 */
export function WindowedRow(props: RowProps) {
  const state = useContext(RowWindowContext);
  const key = props['data-row-key'];
  const index = key === undefined ? undefined : state?.indexOf.get(String(key));
  // The empty-state row, or a page too short to window.
  if (!state || index === undefined) return <tr {...props} />;
  const { slots, columns, measure, focus } = state;
  const slot = slots.get(index);
  if (slot === undefined) return null;
  if (slot !== ROW)
    return (
      <tr key="spacer" aria-hidden="true">
        <td colSpan={columns} style={{ height: slot.spacer, padding: 0, border: 0 }} />
      </tr>
    );
  const { onFocus, onBlur } = props;
  return (
    <tr
      {...props}
      key="row"
      ref={measure}
      data-index={index}
      // The header row is 1.
      aria-rowindex={index + 2}
      onFocus={(event) => {
        focus(index);
        onFocus?.(event);
      }}
      onBlur={(event: FocusEvent<HTMLTableRowElement>) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)))
          focus(null);
        onBlur?.(event);
      }}
    />
  );
}

export interface RowWindowProps {
  /** Window the rows; off, the table renders as it is. */
  enabled: boolean;
  /** The page's row keys, in order. */
  rowKeys: readonly string[];
  columns: number;
  /** Column widths are measured afresh when this changes (other columns, other titles). */
  layoutKey: string;
  /** The element around the table (for its position and its header cells). */
  rootRef: RefObject<HTMLDivElement | null>;
  children: ReactNode;
}

/**
 * Windows the body rows of the table below it on the page's scroll (the console scrolls the
 * window, not the table). Also locks the columns' widths: antd's tables lay out automatically
 * (`scroll.x = max-content`), and rows coming and going would otherwise widen and narrow the columns.
 * On a page, a column's width only grows, to the widest content rendered so far, until the
 * table's width or its columns change.
 *
 * Nothing here reads layout while React commits (a read there forces a layout of the whole table
 * in the same task): rows and header cells are measured by resize observers, after the browser's
 * own layout. Rows scrolled into the window render as a deferred update, in slices, so a wheel step
 * that brings in a dozen rows never holds the main thread for one long task.
 */
export function RowWindow({ enabled, rowKeys, columns, layoutKey, rootRef, children }: RowWindowProps) {
  // Where the rows start on the page; unknown until the table is laid out (rows wait for it).
  const [margin, setMargin] = useState<number | null>(null);
  const [widths, setWidths] = useState<{ key: string; widths: readonly number[] } | null>(null);
  const focused = useRef<number | null>(null);
  const count = enabled ? rowKeys.length : 0;

  const getItemKey = useCallback((index: number) => rowKeys[index] ?? index, [rowKeys]);
  // A focused row stays rendered when it leaves the window, so scrolling away does not drop focus.
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const f = focused.current;
    if (f === null || f >= range.count || indexes.includes(f)) return indexes;
    return [...indexes, f].sort((a, b) => a - b);
  }, []);
  const virtualizer = useWindowVirtualizer<HTMLTableRowElement>({
    count,
    enabled: enabled && margin !== null,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    scrollMargin: margin ?? 0,
    getItemKey,
    rangeExtractor,
    measureElement: measureRow,
    // Not inside the scroll event: the frame paints, and the rows render after it.
    useFlushSync: false,
    // The first render already windows the real viewport (tests: the happy-dom window).
    initialRect:
      typeof window === 'undefined' ? undefined : { width: window.innerWidth, height: window.innerHeight },
  });

  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const latest = useMemo(() => ({ items, total, margin, rowKeys }), [items, total, margin, rowKeys]);
  const deferred = useDeferredValue(latest);
  // A new page, or the first rows, render at once; a scrolled window catches up when the main thread is free.
  const shown =
    deferred.rowKeys === rowKeys && deferred.margin !== null && deferred.items.length > 0 ? deferred : latest;

  const indexOf = useMemo(() => new Map(rowKeys.map((key, index) => [key, index])), [rowKeys]);
  const state = useMemo((): RowWindowState | null => {
    if (!enabled) return null;
    const slots = new Map<number, Slot>();
    if (shown.margin !== null) {
      let next = 0;
      let at = shown.margin;
      for (const item of shown.items) {
        if (item.index > next) slots.set(next, { spacer: item.start - at });
        slots.set(item.index, ROW);
        next = item.index + 1;
        at = item.end;
      }
      if (next < count) slots.set(next, { spacer: shown.margin + shown.total - at });
    }
    return {
      indexOf,
      slots,
      columns,
      measure: virtualizer.measureElement,
      focus: (index) => {
        focused.current = index;
      },
    };
  }, [enabled, shown, count, indexOf, columns, virtualizer]);

  // Where the rows start: before the first paint and for each new page, and whenever the page's
  // size changes after that (a filter bar that wraps, a notice above).
  const measureMargin = useCallback(() => {
    const body = rootRef.current?.querySelector('tbody');
    // Not laid out (a hidden section of the console): nothing to measure.
    if (!body || body.getClientRects().length === 0) return;
    const top = Math.round(body.getBoundingClientRect().top + window.scrollY);
    setMargin((m) => (m === top ? m : top));
  }, [rootRef]);
  useLayoutEffect(() => {
    if (enabled) measureMargin();
  }, [enabled, rowKeys, measureMargin]);
  useEffect(() => {
    if (!enabled) return;
    const observer = new ResizeObserver(measureMargin);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [enabled, measureMargin]);

  // Lock the columns at their widths: before the first paint with rows, and again as wider rows come.
  // A new page or order is laid out afresh, like a plain table (a refetch of the same rows is not).
  const pageKey = useMemo(() => `${layoutKey}\n${rowKeys.join(' ')}`, [layoutKey, rowKeys]);
  const lockWidths = useCallback(() => {
    const cells = rootRef.current?.querySelectorAll('thead > tr:first-child > th');
    if (cells?.length !== columns) return;
    // Floored: the locked widths never add up to more than the table had (no scrollbar from rounding).
    const measured = Array.from(cells, (cell) => Math.floor(cell.getBoundingClientRect().width));
    setWidths((prev) => {
      const current = prev?.key === pageKey ? prev.widths : [];
      const next = measured.map((w, i) => Math.max(w, current[i] ?? 0));
      return next.some((w, i) => w !== current[i]) ? { key: pageKey, widths: next } : prev;
    });
  }, [rootRef, columns, pageKey]);
  // A short page lays out freely; a long one after it measures afresh.
  if (!enabled && widths) setWidths(null);
  const locked = widths?.key === pageKey;
  useLayoutEffect(() => {
    if (enabled && margin !== null && !locked) lockWidths();
  }, [enabled, margin, locked, lockWidths]);
  useEffect(() => {
    const root = rootRef.current;
    const head = root?.querySelector('thead');
    if (!enabled || !root || !head) return;
    let width = root.clientWidth;
    const observer = new ResizeObserver(() => {
      if (root.clientWidth === 0) return;
      if (root.clientWidth === width) return lockWidths();
      // Narrower or wider, the table lays its columns out afresh.
      width = root.clientWidth;
      setWidths(null);
    });
    observer.observe(root);
    observer.observe(head);
    return () => observer.disconnect();
  }, [enabled, rootRef, lockWidths]);

  const style: CSSProperties = {};
  if (enabled) {
    // The virtualizer keeps the rows in view steady when measured rows change size above them.
    style.overflowAnchor = 'none';
    if (locked) widths.widths.forEach((w, i) => Object.assign(style, { [columnWidthVar(i)]: `${w}px` }));
  }
  return (
    <div ref={rootRef} style={style}>
      <RowWindowContext.Provider value={state}>{children}</RowWindowContext.Provider>
    </div>
  );
}
