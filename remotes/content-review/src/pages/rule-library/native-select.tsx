import type { Ref, SelectHTMLAttributes } from 'react';
import { useToken } from '@careops/design-system';

export interface NativeSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> {
  options: readonly { value: string; label: string }[];
  /** An empty first option, e.g. "All severities". */
  placeholder?: string;
  /** The Field's antd-style status, dropped: the border shows it. */
  status?: 'error';
  ref?: Ref<HTMLSelectElement>;
}

/**
 * A native select in the theme's colours, usable with react-hook-form's `register`: keyboard- and
 * screen-reader-complete on its own, and the design system's Select lives in its list toolbar.
 */
export function NativeSelect({ options, placeholder, status, style, ...rest }: NativeSelectProps) {
  const token = useToken();
  return (
    <select
      {...rest}
      style={{
        width: '100%',
        height: token.controlHeight,
        padding: `0 ${token.paddingXS}px`,
        color: token.colorText,
        background: token.colorBgContainer,
        border: `1px solid ${status === 'error' ? token.colorError : token.colorBorder}`,
        borderRadius: token.borderRadius,
        fontSize: token.fontSize,
        ...style,
      }}
    >
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
