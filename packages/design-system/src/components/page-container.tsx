import { useId, type ReactNode } from 'react';
import { Flex, Typography } from 'antd';

export interface PageContainerProps {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Actions at the right of the title. */
  extra?: ReactNode;
  children: ReactNode;
}

/** Every page of every app: one h1, optional actions, then the content. */
export function PageContainer({ title, subtitle, extra, children }: PageContainerProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <Flex justify="space-between" align="start" gap={16} wrap>
        <div>
          <Typography.Title level={1} id={headingId} style={{ fontSize: 22, margin: 0 }}>
            {title}
          </Typography.Title>
          {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
        </div>
        {extra && (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        )}
      </Flex>
      {children}
    </section>
  );
}
