import { useState } from 'react';
import { useSearchParams } from '@careops/router';
import { SessionNote } from '@careops/app-kit';
import { useCan, useCanSee } from '@careops/auth';
import {
  Alert,
  App,
  Button,
  ErrorState,
  Flex,
  ForbiddenState,
  LoadingState,
  PageContainer,
  StatusTag,
  Typography,
  useToken,
} from '@careops/design-system';
import { Table } from '@careops/design-system/table';
import { RULE_SEVERITIES, type RuleRecord } from '@careops/domain/content';
import { useLocalized, useTranslation } from '@careops/i18n';
import { isApiError } from '@careops/api';
import { conflictingRule, useRules, useUpdateRule } from '../../api/rules';
import { ContentNav } from '../../components/content-nav';
import { SEVERITY_TONE } from '../content-list/hit-counts';
import { NativeSelect } from './native-select';
import { RuleEditDialog } from './rule-edit-dialog';
import { RuleHistoryDialog } from './rule-history-dialog';
import { RuleTestTool } from './rule-test-tool';

const isSeverity = (v: string | null): v is RuleRecord['severity'] =>
  (RULE_SEVERITIES as readonly string[]).includes(v ?? '');

export function RuleLibraryPage() {
  return useCanSee('content.view') ? <RuleLibrary /> : <ForbiddenState />;
}

function RuleLibrary() {
  const { t } = useTranslation('content');
  const localized = useLocalized();
  const token = useToken();
  const { message } = App.useApp();
  const canManage = useCan('rule.manage');
  const rules = useRules();
  const update = useUpdateRule();
  const [searchParams, setSearchParams] = useSearchParams();
  const [editing, setEditing] = useState<RuleRecord | null>(null);
  const [viewing, setViewing] = useState<RuleRecord | null>(null);
  const [toggleConflict, setToggleConflict] = useState<RuleRecord | null>(null);

  const severity = searchParams.get('severity');
  const enabled = searchParams.get('enabled');
  const setParam = (key: string, value: string) =>
    setSearchParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  const toggle = (rule: RuleRecord) => {
    setToggleConflict(null);
    update.mutate(
      { id: rule.id, patch: { version: rule.version, enabled: !rule.enabled } },
      {
        onSuccess: (saved) =>
          void message.success(
            t(saved.enabled ? 'rules.enabledDone' : 'rules.disabledDone', { id: saved.id }),
          ),
        onError: (error) => {
          const fresh = conflictingRule(error);
          if (fresh) setToggleConflict(fresh);
          else
            void message.error(
              isApiError(error) ? t(`error.${error.code}`, { ns: 'common' }) : t('rules.failed'),
            );
        },
      },
    );
  };

  if (rules.isPending)
    return (
      <PageContainer title={t('nav.rules')}>
        <ContentNav />
        <LoadingState />
      </PageContainer>
    );
  if (rules.isError)
    return (
      <PageContainer title={t('nav.rules')}>
        <ContentNav />
        {isApiError(rules.error, 'FORBIDDEN') ? (
          <ForbiddenState />
        ) : (
          <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
        )}
      </PageContainer>
    );

  const all = rules.data.items;
  const shown = all.filter(
    (r) =>
      (!isSeverity(severity) || r.severity === severity) &&
      (enabled === null || String(r.enabled) === enabled),
  );

  return (
    <PageContainer
      title={t('nav.rules')}
      subtitle={
        <Flex gap={8} wrap>
          <span data-testid="rule-set-version">
            {t('rules.ruleSetVersion', { n: rules.data.ruleSetVersion })}
          </span>
          {!canManage && <Typography.Text type="secondary">· {t('rules.readOnly')}</Typography.Text>}
          <SessionNote />
        </Flex>
      }
    >
      <ContentNav />
      <Flex vertical gap={token.marginLG}>
        <Flex gap={token.marginSM} wrap align="end" role="search" aria-label={t('rules.filters')}>
          <div style={{ width: 180 }}>
            <label htmlFor="rule-severity" style={{ display: 'block', paddingBottom: token.paddingXXS }}>
              {t('rules.severityLabel')}
            </label>
            <NativeSelect
              id="rule-severity"
              value={isSeverity(severity) ? severity : ''}
              placeholder={t('rules.allSeverities')}
              options={RULE_SEVERITIES.map((s) => ({ value: s, label: t(`rules.severity.${s}`) }))}
              onChange={(e) => setParam('severity', e.target.value)}
            />
          </div>
          <div style={{ width: 180 }}>
            <label htmlFor="rule-enabled" style={{ display: 'block', paddingBottom: token.paddingXXS }}>
              {t('rules.state')}
            </label>
            <NativeSelect
              id="rule-enabled"
              value={enabled === 'true' || enabled === 'false' ? enabled : ''}
              placeholder={t('rules.allStates')}
              options={[
                { value: 'true', label: t('rules.enabled') },
                { value: 'false', label: t('rules.disabled') },
              ]}
              onChange={(e) => setParam('enabled', e.target.value)}
            />
          </div>
          <Typography.Text type="secondary" aria-live="polite">
            {t('rules.count', { shown: shown.length, total: all.length })}
          </Typography.Text>
        </Flex>
        {toggleConflict && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            closable
            onClose={() => setToggleConflict(null)}
            title={t('rules.conflict')}
            description={t('rules.freshRule', {
              version: toggleConflict.version,
              severity: t(`rules.severity.${toggleConflict.severity}`),
              enabled: t(toggleConflict.enabled ? 'rules.enabled' : 'rules.disabled'),
              by: toggleConflict.updatedBy ?? '—',
            })}
          />
        )}
        <Table<RuleRecord>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={shown}
          aria-label={t('rules.tableLabel')}
          locale={{ emptyText: t('state.emptyFiltered', { ns: 'common' }) }}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              key: 'id',
              title: t('rules.id'),
              render: (_, r) => <Typography.Text code>{r.id}</Typography.Text>,
            },
            { key: 'name', title: t('rules.name'), render: (_, r) => localized(r.name) },
            {
              key: 'severity',
              title: t('rules.severityLabel'),
              render: (_, r) => (
                <StatusTag tone={SEVERITY_TONE[r.severity]}>{t(`rules.severity.${r.severity}`)}</StatusTag>
              ),
            },
            { key: 'kind', title: t('rules.kindLabel'), render: (_, r) => t(`rules.kind.${r.kind}`) },
            { key: 'basis', title: t('rules.basis'), render: (_, r) => r.basis, width: 260 },
            {
              key: 'enabled',
              title: t('rules.state'),
              render: (_, r) => (
                <StatusTag tone={r.enabled ? 'success' : 'default'}>
                  {t(r.enabled ? 'rules.enabled' : 'rules.disabled')}
                </StatusTag>
              ),
            },
            { key: 'version', title: t('rules.version'), align: 'right', render: (_, r) => r.version },
            {
              key: 'actions',
              title: t('library.actions'),
              render: (_, r) => (
                // Accessible names extend the visible text ("停用" → "停用规则 AD-01"): antd's space between two
                // Chinese characters would break that match for speech input, hence autoInsertSpace={false}.
                <Flex gap={4} wrap>
                  {canManage && (
                    <>
                      <Button
                        size="small"
                        autoInsertSpace={false}
                        onClick={() => toggle(r)}
                        loading={update.isPending && update.variables.id === r.id}
                        aria-label={t(r.enabled ? 'rules.disableFor' : 'rules.enableFor', { id: r.id })}
                      >
                        {t(r.enabled ? 'rules.disable' : 'rules.enable')}
                      </Button>
                      <Button
                        size="small"
                        autoInsertSpace={false}
                        onClick={() => setEditing(r)}
                        aria-label={t('rules.editFor', { id: r.id })}
                      >
                        {t('rules.edit')}
                      </Button>
                    </>
                  )}
                  <Button
                    size="small"
                    autoInsertSpace={false}
                    type="link"
                    onClick={() => setViewing(r)}
                    aria-label={t('rules.historyFor', { id: r.id })}
                  >
                    {t('rules.history.title')}
                  </Button>
                </Flex>
              ),
            },
          ]}
        />
        <RuleTestTool rules={all} />
      </Flex>
      {editing && <RuleEditDialog rule={editing} onClose={() => setEditing(null)} />}
      {viewing && <RuleHistoryDialog rule={viewing} onClose={() => setViewing(null)} />}
    </PageContainer>
  );
}
