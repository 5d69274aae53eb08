import { describe, expect, it } from 'vitest';
import { REASON_CODES, reasonCode, suggestReasons } from './reasons';

describe('reason codes (DOMAIN.md §4.4)', () => {
  it('lists R01…R12 and R99 with both labels', () => {
    expect(REASON_CODES.map((r) => `${r.code} ${r.key}`)).toEqual([
      'R01 absolute_terms',
      'R02 efficacy_guarantee',
      'R03 endorsement',
      'R04 missing_disclaimer',
      'R05 off_label',
      'R06 rx_public_promo',
      'R07 disguised_ad',
      'R08 no_ad_approval',
      'R09 medical_inaccuracy',
      'R10 privacy',
      'R11 contact_or_link',
      'R12 health_food_claim',
      'R99 other',
    ]);
    for (const r of REASON_CODES) expect(r.label['zh-CN'] && r.label['en-US']).toBeTruthy();
  });

  it('requires a comment for R99 only', () => {
    expect(REASON_CODES.filter((r) => r.commentRequired).map((r) => r.code)).toEqual(['R99']);
    expect(reasonCode('R42')).toBeUndefined();
  });

  it('suggests reasons for hits', () => {
    expect(suggestReasons(['AD-02', 'PRV-02', 'AD-01'])).toEqual(['R01', 'R02', 'R11']);
    expect(suggestReasons([])).toEqual([]);
  });
});
