import type { CSSProperties, ReactNode } from 'react';
import { useToken } from '../theme';

export interface SurfaceProps {
  /** Shown above the content, divided from it like a card's header. */
  title?: ReactNode;
  size?: 'default' | 'small';
  children: ReactNode;
  style?: CSSProperties;
}

/**
 * A card's frame without antd's Card, which brings Tabs and Skeleton (≈ 23 KB gzip):
 * the sign-in screen draws two of these and must stay light. Elsewhere use Card.
 */
export function Surface({ title, size = 'default', children, style }: SurfaceProps) {
  const token = useToken();
  const padding = size === 'small' ? token.paddingSM : token.paddingLG;
  return (
    <div
      style={{
        background: token.colorBgContainer,
        border: `${token.lineWidth}px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        ...style,
      }}
    >
      {title !== undefined && (
        <div
          style={{
            padding: `${token.paddingXS}px ${padding}px`,
            borderBottom: `${token.lineWidth}px solid ${token.colorBorderSecondary}`,
          }}
        >
          {title}
        </div>
      )}
      <div style={{ padding }}>{children}</div>
    </div>
  );
}
