import { useId, useMemo, useState, type ReactNode } from 'react';
import { useNavigate, useParams } from '@careops/router';
import { RecordView } from '@careops/app-kit';
import { useCan } from '@careops/auth';
import {
  Alert,
  Button,
  Card,
  ErrorState,
  Flex,
  LoadingState,
  PageContainer,
  StatusTag,
  Typography,
  useToken,
} from '@careops/design-system';
import { Descriptions, Table } from '@careops/design-system/table';
import type { LocalizedText } from '@careops/domain';
import {
  isLive,
  screenedText,
  type ContentItemDetail,
  type ContentVersionSummary,
  type ReviewTask,
} from '@careops/domain/content';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { useContentItemDetail, useContentVersion } from '../../api/items';
import { ContentNav } from '../../components/content-nav';
import { ContentStatusTag } from '../../components/content-status-tag';
import { HighlightedText } from '../../components/highlighted-text';
import { RulePanel } from '../../components/rule-panel';
import { useRuleNames } from '../../components/rule-names';
import { VersionCompare } from '../../components/version-compare';
import { HitCounts } from '../content-list/hit-counts';
import { TakedownDialog } from '../content-list/takedown-dialog';
import { AuditTrail } from './audit-trail';
import { ItemHistory } from './item-history';

export function ContentDetailPage() {
  const { itemId = '' } = useParams();
  const { t } = useTranslation('content');
  const navigate = useNavigate();
  const detail = useContentItemDetail(itemId);
  const back = <Button onClick={() => navigate('..', { relative: 'path' })}>{t('detail.back')}</Button>;
  return (
    <RecordView query={detail} back={back}>
      {(d) => <ContentDetail detail={d} back={back} />}
    </RecordView>
  );
}

function ContentDetail({ detail, back }: { detail: ContentItemDetail; back: ReactNode }) {
  const { t } = useTranslation('content');
  const localized = useLocalized();
  const format = useFormat();
  const token = useToken();
  const canTakedown = useCan('content.takedown');
  const [takingDown, setTakingDown] = useState(false);
  const ruleNames = useRuleNames();
  const headingId = useId();
  const c = detail.item;
  const live = isLive(c);
  const yesNo = (value: boolean) => t(value ? 'list.yes' : 'list.no', { ns: 'common' });

  return (
    // The title is author-written: it is the heading as plain text, not passed through i18n interpolation.
    <PageContainer
      title={c.title}
      subtitle={<ContentStatusTag status={c.status} />}
      extra={
        <Flex gap={8}>
          {canTakedown && live && (
            <Button danger onClick={() => setTakingDown(true)}>
              {t('takedown.action')}
            </Button>
          )}
          {back}
        </Flex>
      }
    >
      <ContentNav />
      <Flex vertical gap={token.marginLG}>
        {c.hasCommerceLink && <Alert type="warning" showIcon title={t('detail.commerceNotice')} />}
        {c.takedown && (
          <Alert
            type="error"
            showIcon
            title={t('detail.takenDown', { at: format.dateTime(c.takedown.at), by: c.takedown.by })}
            description={
              <>
                {t('detail.audit.reason')}: {c.takedown.reason}
              </>
            }
          />
        )}
        <Card title={<CardHeading>{t('detail.overview')}</CardHeading>}>
          <Descriptions
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'id', label: t('detail.id'), children: c.id },
              { key: 'type', label: t('items.type'), children: t(`type.${c.type}`) },
              { key: 'author', label: t('items.author'), children: localized(c.authorName) },
              { key: 'authorType', label: t('detail.authorType'), children: t(`authorType.${c.authorType}`) },
              ...(c.orgId ? [{ key: 'org', label: t('detail.org'), children: c.orgId }] : []),
              { key: 'purpose', label: t('items.purpose'), children: t(`purpose.${c.purpose}`) },
              { key: 'audience', label: t('detail.audience'), children: t(`audience.${c.audience}`) },
              { key: 'commerce', label: t('detail.commerceLink'), children: yesNo(c.hasCommerceLink) },
              {
                key: 'versionNo',
                label: t('items.versionNo'),
                children: t('items.versionValue', { n: c.currentVersionNo }),
              },
              {
                key: 'live',
                label: t('library.liveVersion'),
                children:
                  live && c.publishedVersionNo !== undefined
                    ? t('items.versionValue', { n: c.publishedVersionNo })
                    : t('library.notLive'),
              },
              { key: 'hits', label: t('library.hits'), children: <HitCounts counts={c.hitCounts} /> },
              { key: 'submittedAt', label: t('items.submittedAt'), children: format.dateTime(c.submittedAt) },
              { key: 'updatedAt', label: t('items.updatedAt'), children: format.dateTime(c.updatedAt) },
            ]}
          />
        </Card>
        <Card title={<CardHeading>{t('detail.versions.title')}</CardHeading>}>
          <Versions detail={detail} />
        </Card>
        <Card title={<CardHeading>{t('detail.text.title', { n: c.currentVersionNo })}</CardHeading>}>
          <VersionText itemId={c.id} versionNo={c.currentVersionNo} ruleNames={ruleNames} />
        </Card>
        {detail.versions.length > 1 && (
          <Card title={<CardHeading>{t('detail.text.compare')}</CardHeading>}>
            <VersionCompare
              itemId={c.id}
              versionNos={detail.versions.map((v) => v.versionNo)}
              current={c.currentVersionNo}
              ruleNames={ruleNames}
            />
          </Card>
        )}
        <Card title={<CardHeading>{t('detail.tasks.title')}</CardHeading>}>
          <Tasks tasks={detail.tasks} />
        </Card>
        <Card title={<CardHeading>{t('detail.audit.title')}</CardHeading>}>
          <Flex vertical gap={token.marginLG}>
            <section aria-labelledby={`${headingId}-log`}>
              <SubHeading id={`${headingId}-log`}>{t('detail.auditLog')}</SubHeading>
              <AuditTrail itemId={c.id} />
            </section>
            <section aria-labelledby={`${headingId}-history`}>
              <SubHeading id={`${headingId}-history`}>{t('detail.history.title')}</SubHeading>
              <Typography.Paragraph type="secondary">{t('detail.history.note')}</Typography.Paragraph>
              <ItemHistory history={c.history} />
            </section>
          </Flex>
        </Card>
      </Flex>
      {takingDown && <TakedownDialog item={c} onClose={() => setTakingDown(false)} />}
    </PageContainer>
  );
}

/** Card titles as headings: the page reads as an outline (and is navigable by heading). */
function CardHeading({ children }: { children: string }) {
  const token = useToken();
  return (
    <h2 style={{ margin: 0, fontSize: token.fontSizeLG, fontWeight: token.fontWeightStrong }}>{children}</h2>
  );
}

function SubHeading({ id, children }: { id: string; children: string }) {
  const token = useToken();
  return (
    <h3
      id={id}
      style={{
        margin: `0 0 ${token.marginXS}px`,
        fontSize: token.fontSize,
        fontWeight: token.fontWeightStrong,
      }}
    >
      {children}
    </h3>
  );
}

function Versions({ detail }: { detail: ContentItemDetail }) {
  const { t } = useTranslation('content');
  const format = useFormat();
  const { item } = detail;
  const underReview =
    item.status.endsWith('_review') || item.status === 'submitted' || item.status === 'auto_screening';
  const roles = (v: ContentVersionSummary) => {
    const tags: string[] = [];
    if (isLive(item) && v.versionNo === item.publishedVersionNo) tags.push(t('detail.versions.live'));
    if (v.versionNo === item.currentVersionNo && underReview) tags.push(t('detail.versions.underReview'));
    else if (v.versionNo === item.currentVersionNo) tags.push(t('detail.versions.current'));
    return tags;
  };
  return (
    <Table<ContentVersionSummary>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...detail.versions].reverse()}
      columns={[
        {
          key: 'versionNo',
          title: t('items.versionNo'),
          render: (_, v) => t('items.versionValue', { n: v.versionNo }),
        },
        {
          key: 'role',
          title: t('detail.versions.role'),
          render: (_, v) => (
            <Flex gap={4} wrap>
              {roles(v).map((r) => (
                <StatusTag key={r} tone={r === t('detail.versions.live') ? 'success' : 'processing'}>
                  {r}
                </StatusTag>
              ))}
            </Flex>
          ),
        },
        {
          key: 'submittedAt',
          title: t('items.submittedAt'),
          render: (_, v) => format.dateTime(v.submittedAt),
        },
        {
          key: 'length',
          title: t('detail.versions.length'),
          align: 'right',
          render: (_, v) => format.number(v.length),
        },
        { key: 'hits', title: t('library.hits'), render: (_, v) => <HitCounts counts={v.hitCounts} /> },
        {
          key: 'resolved',
          title: t('detail.versions.resolved'),
          align: 'right',
          render: (_, v) => v.resolvedCount,
        },
        {
          key: 'ruleSet',
          title: t('detail.audit.ruleSet'),
          align: 'right',
          render: (_, v) => v.ruleSetVersion,
        },
      ]}
    />
  );
}

/**
 * The version's text with every rule hit marked and explained (author-written: text children only,
 * never HTML), and the hits by rule, each leading to its mark. An auto-rejected item has no review
 * task, so this is where its hits are shown.
 */
function VersionText({
  itemId,
  versionNo,
  ruleNames,
}: {
  itemId: string;
  versionNo: number;
  ruleNames: ReadonlyMap<string, LocalizedText>;
}) {
  const { t } = useTranslation('content');
  const token = useToken();
  const version = useContentVersion(itemId, versionNo);
  const [focus, setFocus] = useState<{ index: number; seq: number }>();
  const text = useMemo(() => (version.data ? screenedText(version.data) : ''), [version.data]);
  if (version.isPending) return <LoadingState />;
  if (version.isError) return <ErrorState error={version.error} onRetry={() => void version.refetch()} />;
  const v = version.data;
  return (
    <Flex vertical gap={token.marginSM}>
      <HighlightedText
        text={text}
        hits={v.ruleHits}
        ruleNames={ruleNames}
        label={t('workspace.textLabel', { version: v.versionNo })}
        focusRequest={focus}
      />
      {v.ruleHits.length > 0 && (
        <>
          <Typography.Text strong>{t('detail.text.hits')}</Typography.Text>
          <Typography.Text type="secondary">{t('detail.text.hitsHint')}</Typography.Text>
        </>
      )}
      <RulePanel
        hits={v.ruleHits}
        ruleNames={ruleNames}
        onSelect={(index) => setFocus((f) => ({ index, seq: (f?.seq ?? 0) + 1 }))}
      />
    </Flex>
  );
}

function Tasks({ tasks }: { tasks: ReviewTask[] }) {
  const { t } = useTranslation('content');
  const format = useFormat();
  const time = (iso: string | undefined) => (iso ? format.dateTime(iso) : '—');
  return (
    <Table<ReviewTask>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={tasks}
      locale={{ emptyText: t('detail.tasks.empty') }}
      columns={[
        {
          key: 'version',
          title: t('items.versionNo'),
          render: (_, k) => t('items.versionValue', { n: k.versionNo }),
        },
        { key: 'stage', title: t('detail.audit.stage'), render: (_, k) => t(`library.stage.${k.stage}`) },
        {
          key: 'status',
          title: t('detail.tasks.status'),
          render: (_, k) => t(`detail.tasks.statuses.${k.status}`),
        },
        {
          key: 'decision',
          title: t('detail.audit.decision'),
          render: (_, k) => (k.decision ? t(`detail.decision.${k.decision}`) : '—'),
        },
        { key: 'codes', title: t('detail.audit.codes'), render: (_, k) => k.reasonCodes.join(', ') || '—' },
        {
          key: 'reviewer',
          title: t('detail.tasks.reviewer'),
          render: (_, k) => k.decidedBy ?? k.assigneeId ?? '—',
        },
        { key: 'createdAt', title: t('detail.tasks.createdAt'), render: (_, k) => time(k.createdAt) },
        { key: 'dueAt', title: t('detail.tasks.dueAt'), render: (_, k) => time(k.dueAt) },
        { key: 'decidedAt', title: t('detail.tasks.decidedAt'), render: (_, k) => time(k.decidedAt) },
      ]}
    />
  );
}
