import { SectionNav } from '@careops/app-kit';
import { useTranslation } from '@careops/i18n';

/** The remote's sections (relative to its routes: every section is a child of its root). */
export function ContentNav() {
  const { t } = useTranslation('content');
  return (
    <SectionNav
      label={t('nav.label')}
      items={[
        { to: '../queue', label: t('nav.queue') },
        { to: '../items', label: t('nav.items') },
        // Everyone who sees content may read the rules and test a text; only rule.manage edits.
        { to: '../rules', label: t('nav.rules') },
        { to: '../dashboard', label: t('nav.dashboard') },
      ]}
    />
  );
}
