import { useId, useState } from 'react';
import { ErrorState, Flex, LoadingState, Typography, useToken } from '@careops/design-system';
import { Select } from '@careops/design-system/table';
import type { LocalizedText } from '@careops/domain';
import { useTranslation } from '@careops/i18n';
import { useContentVersion } from '../api/versions';
import { VersionDiff } from './version-diff';

export interface VersionCompareProps {
  itemId: string;
  /** Every version number of the item, oldest first. */
  versionNos: readonly number[];
  /** The version compared by default, with the one before it. */
  current: number;
  ruleNames: ReadonlyMap<string, LocalizedText>;
}

/** Two versions chosen by the user, compared character by character with their hits. */
export function VersionCompare({ itemId, versionNos, current, ruleNames }: VersionCompareProps) {
  const { t } = useTranslation('content');
  const token = useToken();
  const id = useId();
  const previous = [...versionNos].reverse().find((n) => n < current);
  const [fromNo, setFromNo] = useState<number | undefined>(previous);
  const [toNo, setToNo] = useState<number>(current);
  const from = useContentVersion(itemId, fromNo);
  const to = useContentVersion(itemId, toNo);
  if (versionNos.length < 2) return <Typography.Text type="secondary">{t('diff.single')}</Typography.Text>;
  const options = versionNos.map((n) => ({ value: n, label: `v${n}` }));
  return (
    <div>
      <Flex gap={12} wrap align="center" style={{ marginBottom: token.marginSM }}>
        <label htmlFor={`${id}-from`}>{t('diff.from')}</label>
        <Select<number>
          id={`${id}-from`}
          value={fromNo}
          options={options}
          onChange={setFromNo}
          style={{ width: 96 }}
        />
        <label htmlFor={`${id}-to`}>{t('diff.to')}</label>
        <Select<number>
          id={`${id}-to`}
          value={toNo}
          options={options}
          onChange={setToNo}
          style={{ width: 96 }}
        />
      </Flex>
      {from.error || to.error ? (
        <ErrorState
          error={from.error ?? to.error}
          onRetry={() => {
            void from.refetch();
            void to.refetch();
          }}
        />
      ) : from.data && to.data ? (
        <VersionDiff from={from.data} to={to.data} ruleNames={ruleNames} />
      ) : (
        <LoadingState />
      )}
    </div>
  );
}
