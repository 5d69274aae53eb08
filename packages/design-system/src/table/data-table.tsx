import { Table, type TableProps } from 'antd';
import type { ColumnType, SorterResult } from 'antd/es/table/interface';
import { useMemo, useRef, type Key } from 'react';
import { useTranslation } from '@careops/i18n';
import { ErrorState } from '@careops/design-system';
import { RowWindow, VIRTUAL_AFTER, WindowedRow, columnWidthVar } from './row-window';

export interface DataTablePage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface DataTableColumn<T> extends Omit<ColumnType<T>, 'sorter' | 'sortOrder' | 'key'> {
  key: string;
  /** The API's sort field for this column; sortable when set. */
  sortField?: string;
}

export interface DataTableProps<T> {
  /** Accessible name of the table. */
  label: string;
  columns: DataTableColumn<T>[];
  rowKey: keyof T & string;
  data: DataTablePage<T> | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** Current list state, as kept in the URL. */
  sort: string;
  onChange: (patch: { page?: number; pageSize?: number; sort?: string }) => void;
  /** True when filters are applied: the empty state then says nothing matched. */
  filtered?: boolean;
  onRowClick?: (row: T) => void;
}

const PAGE_SIZES = [10, 20, 50, 100];
const WINDOWED: TableProps<object>['components'] = { body: { row: WindowedRow } };
const NO_ROWS: readonly never[] = [];

/**
 * A server-paged, server-sorted table: the one list component of every remote. A long page (more
 * than 30 rows) renders only the rows in or near the viewport, still as one real <table>: rows
 * carry `aria-rowindex`, the table `aria-rowcount`, and spacer rows hold the height of the rest.
 */
export function DataTable<T extends object>({
  label,
  columns,
  rowKey,
  data,
  loading,
  error,
  onRetry,
  sort,
  onChange,
  filtered,
  onRowClick,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const rootRef = useRef<HTMLDivElement>(null);
  const rows = data?.items ?? NO_ROWS;
  const windowed = rows.length > VIRTUAL_AFTER;
  const rowKeys = useMemo(() => rows.map((row) => String(row[rowKey])), [rows, rowKey]);
  if (error && !data) return <ErrorState error={error} onRetry={onRetry} />;

  const [sortField, sortDir] = sort.split(':');
  const antColumns: TableProps<T>['columns'] = columns.map(({ sortField: field, ...column }, i) => ({
    ...column,
    ...(field
      ? {
          sorter: true,
          sortOrder: field === sortField ? (sortDir === 'asc' ? 'ascend' : 'descend') : null,
          sortDirections: ['ascend', 'descend', 'ascend'],
        }
      : {}),
    ...(windowed
      ? {
          // The width the row window keeps the column at, at least (unset until it is measured). A
          // `width` would also cap it: content wider than that would wrap instead of widening it.
          onHeaderCell: (col) => {
            const own = column.onHeaderCell?.(col);
            const lock = { minWidth: `var(${columnWidthVar(i)})`, boxSizing: 'border-box' as const };
            return { ...own, style: { ...own?.style, ...lock } };
          },
        }
      : {}),
  }));
  // Titles are what the header cells' widths depend on before rows come in.
  const layoutKey = columns.map((c) => `${c.key}:${typeof c.title === 'string' ? c.title : ''}`).join('|');

  /** A new page or order starts at its top: scroll back to the table if the page is scrolled past it. */
  const scrollToTable = () => {
    const top = rootRef.current?.getBoundingClientRect().top;
    if (top !== undefined && top < 0) window.scrollBy({ top });
  };

  const handleChange: TableProps<T>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<T> | undefined;
      const column = columns.find((c) => c.key === (s?.columnKey as Key | undefined));
      if (column?.sortField && s?.order) {
        scrollToTable();
        onChange({ sort: `${column.sortField}:${s.order === 'ascend' ? 'asc' : 'desc'}` });
      }
      return;
    }
    scrollToTable();
    if (pagination.pageSize !== data?.pageSize) onChange({ pageSize: pagination.pageSize ?? 20 });
    else onChange({ page: pagination.current ?? 1 });
  };

  return (
    <RowWindow
      enabled={windowed}
      rowKeys={rowKeys}
      columns={columns.length}
      layoutKey={layoutKey}
      rootRef={rootRef}
    >
      <Table<T>
        aria-label={label}
        {...(windowed ? { 'aria-rowcount': rows.length + 1 } : {})}
        onHeaderRow={windowed ? () => ({ 'aria-rowindex': 1 }) : undefined}
        components={windowed ? WINDOWED : undefined}
        columns={antColumns}
        rowKey={rowKey}
        dataSource={rows}
        loading={loading}
        onChange={handleChange}
        scroll={{ x: 'max-content' }}
        size="middle"
        locale={{ emptyText: filtered ? t('state.emptyFiltered') : t('state.empty') }}
        onRow={
          onRowClick ? (row) => ({ onClick: () => onRowClick(row), style: { cursor: 'pointer' } }) : undefined
        }
        pagination={{
          current: data?.page ?? 1,
          pageSize: data?.pageSize ?? 20,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total) => t('list.total', { total }),
        }}
      />
    </RowWindow>
  );
}
