import type { ReactNode } from 'react';
import { useToken } from '../theme';

/** What a control inside a Field is given: spread it onto the input. */
export interface FieldControlProps {
  id: string;
  status?: 'error';
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export interface FieldProps {
  /** The control's id; the label points at it and the error is announced with it. */
  id: string;
  label: ReactNode;
  /** Already translated. */
  error?: string | undefined;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled form control with its error message, for forms driven by react-hook-form.
 * antd's Form.Item would bring antd's own form store (≈ 12 KB gzip) that
 * react-hook-form makes redundant.
 */
export function Field({ id, label, error, children }: FieldProps) {
  const token = useToken();
  const errorId = `${id}-error`;
  return (
    <div style={{ marginBottom: token.marginLG }}>
      <label
        htmlFor={id}
        style={{
          display: 'block',
          paddingBottom: token.paddingXS,
          color: token.colorText,
          fontSize: token.fontSize,
        }}
      >
        {label}
      </label>
      {children(error ? { id, status: 'error', 'aria-invalid': true, 'aria-describedby': errorId } : { id })}
      {error && (
        <div
          id={errorId}
          style={{ color: token.colorError, fontSize: token.fontSize, marginTop: token.marginXXS }}
        >
          {error}
        </div>
      )}
    </div>
  );
}
