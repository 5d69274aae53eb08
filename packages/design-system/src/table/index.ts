/**
 * The heavy part of the design system (tables), loaded with the first list
 * page rather than with the first screen. Shared as its own singleton.
 */
export { DataTable, type DataTableColumn, type DataTablePage, type DataTableProps } from './data-table';
export { Table, Pagination } from 'antd';
