import type { ReactNode } from 'react';
import { Button, Flex, Result } from 'antd';
import { useTranslation } from '@careops/i18n';
import { ReloadOutlined } from '../icons';

/** The error code of an API failure, if the error carries one. */
function codeOf(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
    return error.code;
  return undefined;
}

export interface ErrorStateProps {
  /** The failure; an API error's code picks the explanation shown. */
  error?: unknown;
  title?: ReactNode;
  description?: ReactNode;
  onRetry?: () => void;
  retrying?: boolean;
  extra?: ReactNode;
}

export function ErrorState({ error, title, description, onRetry, retrying, extra }: ErrorStateProps) {
  const { t } = useTranslation();
  const code = codeOf(error);
  const fallback = code ? t(`error.${code}`, { defaultValue: t('state.errorHint') }) : t('state.errorHint');
  return (
    <Result
      status="error"
      role="alert"
      title={title ?? t('state.error')}
      subTitle={description ?? fallback}
      extra={
        <Flex gap={8} justify="center" wrap>
          {onRetry && (
            <Button type="primary" icon={<ReloadOutlined />} onClick={onRetry} loading={retrying}>
              {t('action.retry')}
            </Button>
          )}
          {extra}
        </Flex>
      }
    />
  );
}

/** Forbidden and not-found replace the whole page, so their title is the page's h1. */
function PageTitle({ children }: { children: ReactNode }) {
  return <h1 style={{ fontSize: 24, margin: 0, fontWeight: 600 }}>{children}</h1>;
}

export function ForbiddenState({ extra }: { extra?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={<PageTitle>{t('state.forbidden')}</PageTitle>}
      subTitle={t('state.forbiddenHint')}
      extra={extra}
    />
  );
}

export function NotFoundState({ extra, description }: { extra?: ReactNode; description?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={<PageTitle>{t('state.notFound')}</PageTitle>}
      subTitle={description ?? t('state.notFoundHint')}
      extra={extra}
    />
  );
}
