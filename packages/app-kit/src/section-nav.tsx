import { NavLink } from '@careops/router';
import { Flex, useToken } from '@careops/design-system';

export interface SectionNavItem {
  /** Relative to the remote's routes ('' is its index). */
  to: string;
  label: string;
  /** Active only on exactly this path (for the index). */
  end?: boolean;
}

/** A remote's own sections, under its page title: the shell's nav knows only the remote's base path. */
export function SectionNav({ label, items }: { label: string; items: readonly SectionNavItem[] }) {
  const token = useToken();
  return (
    <nav
      aria-label={label}
      style={{ marginBottom: token.marginMD, borderBottom: `1px solid ${token.colorBorderSecondary}` }}
    >
      <Flex gap={4} wrap component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.end ?? false}
              style={({ isActive }) => ({
                display: 'inline-block',
                padding: `${token.paddingXS}px ${token.paddingSM}px`,
                color: isActive ? token.colorLink : token.colorText,
                fontWeight: isActive ? 600 : 400,
                borderBottom: `2px solid ${isActive ? token.colorLink : 'transparent'}`,
                marginBottom: -1,
              })}
            >
              {item.label}
            </NavLink>
          </li>
        ))}
      </Flex>
    </nav>
  );
}
