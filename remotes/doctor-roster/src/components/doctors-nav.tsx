import { SectionNav } from '@careops/app-kit';
import { useParams } from '@careops/router';
import { useTranslation } from '@careops/i18n';

/**
 * The remote's sections, under each page's title. Links are relative to the routes: every section
 * is a child of the routes' root, so `..` from a section is the root. The index route (the
 * dashboard) adds no path of its own, so from there `..` would leave the remote: on the index the
 * links resolve from `.`. What the shell's mount (`/doctors/*`) left unmatched tells which it is.
 */
export function DoctorsNav() {
  const { t } = useTranslation('doctors');
  const atIndex = (useParams()['*'] ?? '') === '';
  const root = atIndex ? '.' : '..';
  const section = (path: string) => `${root}/${path}`;
  return (
    <SectionNav
      label={t('nav.label')}
      items={[
        // Every section is under the root: only exactly the root is the dashboard.
        { to: root, label: t('nav.dashboard'), end: true },
        { to: section('queue'), label: t('nav.queue') },
        { to: section('roster'), label: t('nav.roster') },
        { to: section('breaches'), label: t('nav.breaches') },
        { to: section('breach-rules'), label: t('nav.breachRules') },
        { to: section('doctors'), label: t('nav.doctors') },
      ]}
    />
  );
}
