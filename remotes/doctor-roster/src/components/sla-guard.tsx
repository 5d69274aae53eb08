import type { ReactNode } from 'react';
import { useCanSee } from '@careops/auth';
import { ForbiddenState } from '@careops/design-system';

/** SLA screens are for ADM, MED, and read-only CMP and AUD (§6.2); the server checks again. */
export function SlaGuard({ children }: { children: ReactNode }) {
  return useCanSee('sla.view') ? <>{children}</> : <ForbiddenState />;
}
