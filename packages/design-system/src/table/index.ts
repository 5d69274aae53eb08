/**
 * The heavy part of the design system — lists (table, filters with selects)
 * and record details — loaded with the first list or detail page rather than
 * with the first screen. Shared as its own singleton.
 */
export { DataTable, type DataTableColumn, type DataTablePage, type DataTableProps } from './data-table';
export { ListToolbar, type ListFilter, type ListToolbarProps } from './list-toolbar';
export { Descriptions, Pagination, Select, Table } from 'antd';
export type { DescriptionsProps, SelectProps } from 'antd';
