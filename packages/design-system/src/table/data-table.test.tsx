import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { initI18n } from '@careops/i18n';
import { DesignSystemProvider } from '../provider';
import { ThemeModeProvider } from '../theme';
import { DataTable, type DataTableColumn } from './data-table';

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
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.scrollTo(0, 0);
});

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

  it('renders a short page whole, as a plain table', () => {
    renderTable({ data: { items: rowsOf(20), total: 45, page: 1, pageSize: 20 } });
    expect(bodyRows()).toHaveLength(20);
    expect(spacers()).toHaveLength(0);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBeNull();
    expect(screen.getByText('Row 19')).toBeTruthy();
  });

  it('renders the rows of a long page in and near the viewport, numbered for screen readers', () => {
    renderTable({ data: { items: rowsOf(100), total: 10_000, page: 1, pageSize: 100 } });
    const rows = bodyRows();
    // The happy-dom viewport is 768 px high: 16 rows of 48 px, and a few more below it.
    expect(rows.length).toBeGreaterThan(16);
    expect(rows.length).toBeLessThan(30);
    expect(rows.map((r) => r.getAttribute('aria-rowindex'))).toEqual(rows.map((_, i) => String(i + 2)));
    expect(screen.getByRole('table', { name: 'Rows' }).getAttribute('aria-rowcount')).toBe('101');
    expect(header(/Name/).closest('tr')?.getAttribute('aria-rowindex')).toBe('1');
    expect(screen.getByText('Row 0')).toBeTruthy();
    expect(screen.queryByText('Row 99')).toBeNull();
    // The rows below are one empty spacer of their estimated height, hidden from assistive tech.
    const [spacer, ...more] = spacers();
    expect(more).toHaveLength(0);
    expect(spacer?.closest('tbody')?.lastElementChild).toBe(spacer);
    expect(spacer?.textContent).toBe('');
    expect(spacer?.querySelector('td')?.style.height).toBe(`${(100 - rows.length) * 48}px`);
    expect(spacer?.querySelector('a, button, input, [tabindex]')).toBeNull();
  });

  it('moves the window with the page scroll, keeping the height of the rows above in a spacer', async () => {
    // happy-dom lays nothing out: everything sits at the top of the document, and moves up as it scrolls.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(
      () => new DOMRect(0, -window.scrollY, 0, 0),
    );
    renderTable({ data: { items: rowsOf(100), total: 10_000, page: 1, pageSize: 100 } });
    window.scrollTo(0, 48 * 50);
    fireEvent.scroll(window);
    await waitFor(() => expect(screen.getByText('Row 50')).toBeTruthy());
    expect(screen.queryByText('Row 0')).toBeNull();
    const rows = bodyRows();
    const first = Number(rows[0]?.getAttribute('aria-rowindex')) - 2;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(50);
    const [above, below] = spacers();
    expect(above?.querySelector('td')?.style.height).toBe(`${first * 48}px`);
    expect(above?.nextElementSibling).toBe(rows[0]);
    expect(below?.previousElementSibling).toBe(rows.at(-1));
  });

  it('keeps a focused row rendered when the window scrolls away from it', async () => {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(
      () => new DOMRect(0, -window.scrollY, 0, 0),
    );
    const linked: DataTableColumn<Row>[] = [
      { key: 'name', title: 'Name', render: (_, r) => <a href={`#${r.id}`}>{r.name}</a> },
    ];
    renderTable({ columns: linked, data: { items: rowsOf(100), total: 10_000, page: 1, pageSize: 100 } });
    const link = screen.getByRole('link', { name: 'Row 3' });
    link.focus();
    window.scrollTo(0, 48 * 60);
    fireEvent.scroll(window);
    await waitFor(() => expect(screen.getByRole('link', { name: 'Row 60' })).toBeTruthy());
    expect(document.activeElement).toBe(link);
    const indexes = bodyRows().map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(indexes[0]).toBe(5);
    expect(indexes[1]).toBeGreaterThan(6);
    // A spacer for the rows above it, one for the rows between, one for the rows below.
    expect(spacers()).toHaveLength(3);
  });

  it('scrolls back to the top of the table for a new page when the page is scrolled past it', () => {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(
      () => new DOMRect(0, 300 - window.scrollY, 0, 0),
    );
    const { onChange } = renderTable({ data: { items: rowsOf(100), total: 10_000, page: 1, pageSize: 100 } });
    fireEvent.click(screen.getByTitle('2'));
    expect(window.scrollY).toBe(0);
    window.scrollTo(0, 2000);
    fireEvent.click(screen.getByTitle('3'));
    expect(onChange).toHaveBeenLastCalledWith({ page: 3 });
    expect(window.scrollY).toBe(300);
  });

  it('keeps sorting, paging and row clicks working on a windowed page', () => {
    const onRowClick = vi.fn();
    const items = rowsOf(100);
    const { onChange } = renderTable({ data: { items, total: 10_000, page: 1, pageSize: 100 }, onRowClick });
    fireEvent.click(header(/Amount/));
    expect(onChange).toHaveBeenLastCalledWith({ sort: 'amount:asc' });
    fireEvent.click(screen.getByTitle('2'));
    expect(onChange).toHaveBeenLastCalledWith({ page: 2 });
    fireEvent.click(screen.getByText('Row 3'));
    expect(onRowClick).toHaveBeenCalledWith(items[3]);
  });
});

function rowsOf(n: number): Row[] {
  return Array.from({ length: n }, (_, i) => ({ id: `r${i}`, name: `Row ${i}`, amount: i }));
}

/** The table's page rows, as the e2e suite selects them (antd's measuring row is aria-hidden). */
function bodyRows(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('table tbody tr:not([aria-hidden])'));
}

function spacers(): HTMLElement[] {
  return Array.from(
    document.querySelectorAll<HTMLElement>('table tbody tr[aria-hidden]:not(.ant-table-measure-row)'),
  );
}
