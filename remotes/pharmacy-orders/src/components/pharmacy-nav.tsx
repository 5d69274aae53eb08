import { SectionNav } from '@careops/app-kit';
import { useCan, useCanSee } from '@careops/auth';
import { useTranslation } from '@careops/i18n';

/**
 * The remote's sections; each shows only to those who may use it (the server decides anyway).
 * Paths are relative to the remote's routes (every section is a child of its root).
 */
export function PharmacyNav() {
  const { t } = useTranslation('pharmacy');
  const canReviewRx = useCan('rx.review');
  const canSeeStores = useCanSee('store.manage');
  return (
    <SectionNav
      label={t('nav.label')}
      items={[
        { to: '../board', label: t('nav.board') },
        { to: '../orders', label: t('nav.orders') },
        ...(canReviewRx ? [{ to: '../rx', label: t('nav.rx') }] : []),
        ...(canSeeStores ? [{ to: '../stores', label: t('nav.stores') }] : []),
        { to: '../refunds', label: t('nav.refunds') },
        { to: '../kpis', label: t('nav.kpis') },
      ]}
    />
  );
}
