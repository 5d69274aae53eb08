import { Table, type TableProps } from 'antd';
import type { ColumnType, SorterResult } from 'antd/es/table/interface';
import type { Key } from 'react';
import { useTranslation } from '@careops/i18n';
import { ErrorState, useProgressive } from '@careops/design-system';

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
/** Rows painted at once: more than a screenful at any size the console supports. */
export const FIRST_ROWS = 20;
/** Rows added per frame after that: one step's commit stays under a long task at CPU ×4. */
const ROWS_PER_FRAME = 10;

/** A server-paged, server-sorted table: the one list component of every remote. */
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
  const rows = useProgressive(data?.items, ROWS_PER_FRAME, FIRST_ROWS);
  if (error && !data) return <ErrorState error={error} onRetry={onRetry} />;

  const [sortField, sortDir] = sort.split(':');
  const antColumns: TableProps<T>['columns'] = columns.map(({ sortField: field, ...column }) => ({
    ...column,
    ...(field
      ? {
          sorter: true,
          sortOrder: field === sortField ? (sortDir === 'asc' ? 'ascend' : 'descend') : null,
          sortDirections: ['ascend', 'descend', 'ascend'],
        }
      : {}),
  }));

  const handleChange: TableProps<T>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<T> | undefined;
      const column = columns.find((c) => c.key === (s?.columnKey as Key | undefined));
      if (column?.sortField && s?.order)
        onChange({ sort: `${column.sortField}:${s.order === 'ascend' ? 'asc' : 'desc'}` });
      return;
    }
    if (pagination.pageSize !== data?.pageSize) onChange({ pageSize: pagination.pageSize ?? 20 });
    else onChange({ page: pagination.current ?? 1 });
  };

  return (
    <Table<T>
      aria-label={label}
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
  );
}
