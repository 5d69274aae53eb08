import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { initI18n } from '@careops/i18n';
import { DesignSystemProvider } from '../provider';
import { ThemeModeProvider } from '../theme';
import { DataTable, FIRST_ROWS, type DataTableColumn } from './data-table';

interface Row {
  id: string;
  name: string;
  amount: number;
}
const columns: DataTableColumn<Row>[] = [
  { key: 'name', title: 'Name', dataIndex: 'name', sortField: 'name' },
  { key: 'amount', title: 'Amount', dataIndex: 'amount', sortField: 'amount' },
];
const page = { items: [{ id: 'a', name: 'Alpha', amount: 1 }], total: 45, page: 1, pageSize: 20 };

beforeAll(() => initI18n('en-US'));
afterEach(cleanup);

/** antd renders a hidden measuring header too; the visible one is last. */
function header(name: RegExp): HTMLElement {
  const found = screen.getAllByRole('columnheader', { name }).at(-1);
  if (!found) throw new Error(`no column header ${name}`);
  return found;
}

function renderTable(props: Partial<Parameters<typeof DataTable<Row>>[0]> = {}) {
  const onChange = vi.fn();
  const onRetry = vi.fn();
  render(
    <ThemeModeProvider initial="light">
      <DesignSystemProvider>
        <DataTable<Row>
          label="Rows"
          columns={columns}
          rowKey="id"
          data={page}
          loading={false}
          error={null}
          onRetry={onRetry}
          sort="name:asc"
          onChange={onChange}
          {...props}
        />
      </DesignSystemProvider>
    </ThemeModeProvider>,
  );
  return { onChange, onRetry };
}

describe('DataTable', () => {
  it('shows the server total and asks the server for the next page', () => {
    const { onChange } = renderTable();
    expect(screen.getByText('45 records')).toBeTruthy();
    fireEvent.click(screen.getByTitle('2'));
    expect(onChange).toHaveBeenCalledWith({ page: 2 });
  });

  it('maps a header click to the API sort field, flipping the direction of the sorted column', () => {
    const { onChange } = renderTable();
    fireEvent.click(header(/Name/));
    expect(onChange).toHaveBeenLastCalledWith({ sort: 'name:desc' });
    fireEvent.click(header(/Amount/));
    expect(onChange).toHaveBeenLastCalledWith({ sort: 'amount:asc' });
  });

  it('says nothing matched when filtered, and offers a retry on error', () => {
    renderTable({ data: { ...page, items: [], total: 0 }, filtered: true });
    expect(screen.getByText('No records match these filters')).toBeTruthy();
  });

  it('replaces the table with an error state that explains an API error code', () => {
    const { onRetry } = renderTable({ data: undefined, error: { code: 'FORBIDDEN' } });
    expect(screen.getByText('You are not allowed to do this.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Retry/ }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('paints the first screenful of a long page at once and every row right after', async () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ id: `r${i}`, name: `Row ${i}`, amount: i }));
    renderTable({ data: { items, total: 10_000, page: 1, pageSize: 100 } });
    const bodyRows = () => document.querySelectorAll('tbody tr[data-row-key]');
    expect(bodyRows()).toHaveLength(FIRST_ROWS);
    expect(screen.getByText('Row 0')).toBeTruthy();
    await waitFor(() => expect(bodyRows()).toHaveLength(100));
    expect(screen.getByText('Row 99')).toBeTruthy();
  });
});
