import { useState } from 'react';
import { Flex, StatusTag } from '@careops/design-system';
import { useFormat, useTranslation } from '@careops/i18n';

const DAY_MS = 86_400_000;
/** Days ahead a licence counts as expiring: enough time to renew before the doctor has to stop consulting. */
export const LICENSE_WARNING_DAYS = 30;

export type LicenseState = 'valid' | 'expiring' | 'expired';

export function licenseState(expiry: string, now: number): LicenseState {
  const left = Date.parse(expiry) - now;
  if (left < 0) return 'expired';
  return left <= LICENSE_WARNING_DAYS * DAY_MS ? 'expiring' : 'valid';
}

/** The licence expiry date, with a warning when it is near or past. */
export function LicenseExpiry({ expiry }: { expiry: string }) {
  const { t } = useTranslation('doctors');
  const format = useFormat();
  // Read once per mount so re-renders do not flip the tag mid-view.
  const [now] = useState(() => Date.now());
  const state = licenseState(expiry, now);
  return (
    <Flex gap={8} align="center" wrap>
      <span>{format.date(expiry)}</span>
      {state !== 'valid' && (
        <StatusTag tone={state === 'expired' ? 'error' : 'warning'}>{t(`license.${state}`)}</StatusTag>
      )}
    </Flex>
  );
}
