import { useNavigate, useParams } from '@careops/router';
import { RecordView } from '@careops/app-kit';
import { Alert, Button, Card, PageContainer } from '@careops/design-system';
import { Descriptions } from '@careops/design-system/table';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { useContentItem } from '../../api/items';
import { ContentStatusTag } from '../../components/content-status-tag';

export function ContentDetailPage() {
  const { itemId = '' } = useParams();
  const { t } = useTranslation('content');
  const localized = useLocalized();
  const format = useFormat();
  const navigate = useNavigate();
  const item = useContentItem(itemId);
  const back = <Button onClick={() => navigate('..', { relative: 'path' })}>{t('detail.back')}</Button>;

  const yesNo = (value: boolean) => t(value ? 'list.yes' : 'list.no', { ns: 'common' });

  return (
    <RecordView query={item} back={back}>
      {(c) => (
        // The title is author-written: it is the heading as plain text, not passed through i18n interpolation.
        <PageContainer title={c.title} subtitle={<ContentStatusTag status={c.status} />} extra={back}>
          {c.hasCommerceLink && <Alert type="warning" showIcon title={t('detail.commerceNotice')} />}
          <Card>
            <Descriptions
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'id', label: t('detail.id'), children: c.id },
                { key: 'type', label: t('items.type'), children: t(`type.${c.type}`) },
                { key: 'author', label: t('items.author'), children: localized(c.authorName) },
                {
                  key: 'authorType',
                  label: t('detail.authorType'),
                  children: t(`authorType.${c.authorType}`),
                },
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
                  key: 'submittedAt',
                  label: t('items.submittedAt'),
                  children: format.dateTime(c.submittedAt),
                },
                { key: 'updatedAt', label: t('items.updatedAt'), children: format.dateTime(c.updatedAt) },
              ]}
            />
          </Card>
        </PageContainer>
      )}
    </RecordView>
  );
}
