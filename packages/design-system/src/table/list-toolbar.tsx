import { Flex, Input, Select } from 'antd';

export interface ListFilter {
  /** The list parameter it sets (the URL key). */
  key: string;
  /** Accessible name, also the placeholder unless one is given. */
  label: string;
  placeholder?: string;
  value: string | undefined;
  options: { value: string; label: string }[] | undefined;
  width?: number;
  loading?: boolean;
  /** Type to narrow long option lists (stores, departments). */
  searchable?: boolean;
}

export interface ListToolbarProps {
  search: { label: string; value: string; width?: number };
  filters: ListFilter[];
  onSearch: (q: string) => void;
  onFilter: (key: string, value: string | undefined) => void;
}

/** The search box and filters above every list: one look, labelled controls, a search landmark. */
export function ListToolbar({ search, filters, onSearch, onFilter }: ListToolbarProps) {
  return (
    <Flex gap={12} wrap role="search">
      <Input.Search
        aria-label={search.label}
        placeholder={search.label}
        defaultValue={search.value}
        // A new value from the URL (back button, shared link) replaces what is typed.
        key={search.value}
        allowClear
        onSearch={onSearch}
        style={{ width: search.width ?? 240 }}
      />
      {filters.map((filter) => (
        <Select
          key={filter.key}
          aria-label={filter.label}
          placeholder={filter.placeholder ?? filter.label}
          allowClear
          {...(filter.searchable ? { showSearch: { optionFilterProp: 'label' } } : {})}
          loading={filter.loading ?? false}
          value={filter.value}
          onChange={(value?: string) => onFilter(filter.key, value)}
          options={filter.options}
          style={{ width: filter.width ?? 160 }}
        />
      ))}
    </Flex>
  );
}
