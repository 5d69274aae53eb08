import { useToken } from '@careops/design-system';

export interface NativeSelectProps {
  id: string;
  /** The accessible name when no visible label points at the control. */
  label?: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  /** An empty first option, e.g. "All stores". */
  placeholder?: string;
  disabled?: boolean;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  width?: number;
}

/**
 * A native select in the theme's colours: the design system exports no Select outside its list
 * toolbar, and a native control is keyboard- and screen-reader-complete on its own.
 */
export function NativeSelect({
  id,
  label,
  value,
  options,
  onChange,
  placeholder,
  width,
  ...rest
}: NativeSelectProps) {
  const token = useToken();
  return (
    <select
      id={id}
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      style={{
        width: width ?? '100%',
        height: token.controlHeight,
        padding: `0 ${token.paddingXS}px`,
        color: token.colorText,
        background: token.colorBgContainer,
        border: `1px solid ${rest['aria-invalid'] ? token.colorError : token.colorBorder}`,
        borderRadius: token.borderRadius,
        fontSize: token.fontSize,
      }}
      {...rest}
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
