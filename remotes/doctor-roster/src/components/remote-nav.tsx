import { NavLink, useLocation, useParams } from '@careops/router';
import { Flex, useToken } from '@careops/design-system';
import { useTranslation } from '@careops/i18n';

const SECTIONS = [
  { to: '', key: 'dashboard', end: true },
  { to: 'queue', key: 'queue', end: false },
  { to: 'roster', key: 'roster', end: false },
  { to: 'breaches', key: 'breaches', end: false },
  { to: 'doctors', key: 'doctors', end: false },
] as const;

/** The remote's own sections; the shell's nav only knows the remote's base path. */
export function RemoteNav() {
  const { t } = useTranslation('doctors');
  const token = useToken();
  // The shell mounts the remote under a splat route, against which relative links would resolve
  // from the current page; the base is the URL minus what the splat matched.
  const { pathname } = useLocation();
  const rest = useParams()['*'] ?? '';
  const base = `${pathname.slice(0, pathname.length - rest.length).replace(/\/$/, '')}/`;
  return (
    <nav aria-label={t('nav.label')} style={{ marginBottom: token.marginMD }}>
      <Flex gap={16} wrap>
        {SECTIONS.map((s) => (
          <NavLink
            key={s.key}
            to={`${base}${s.to}`}
            end={s.end}
            style={({ isActive }) => ({
              fontWeight: isActive ? 600 : 400,
              textDecoration: isActive ? 'underline' : 'none',
            })}
          >
            {t(`nav.${s.key}`)}
          </NavLink>
        ))}
      </Flex>
    </nav>
  );
}
