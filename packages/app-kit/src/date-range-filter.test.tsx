import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from '@careops/router';
import { renderWithProviders, setupMockApi } from './testing';
import { DateRangeFilter, useDateRangeParams } from './date-range-filter';

const backend = setupMockApi();

const WORDS: Record<string, string> = { filters: 'Filters', period: 'Period', from: 'From', to: 'To' };

/** A dashboard's filter, the range it asks for, and the URL. */
function Probe() {
  const period = useDateRangeParams('30d');
  const { search } = useLocation();
  return (
    <>
      <DateRangeFilter params={period} text={(key) => WORDS[key] ?? key}>
        <span>more</span>
      </DateRangeFilter>
      <output aria-label="range">
        {period.range ? `${period.range.from} → ${period.range.to}` : 'none'}
      </output>
      <output aria-label="url">{search}</output>
    </>
  );
}
const url = () => screen.getByLabelText('url').textContent;
const range = () => screen.getByLabelText('range').textContent;
const dateInput = (name: string) => screen.getByLabelText<HTMLInputElement>(name);

describe('DateRangeFilter', () => {
  it('keeps the preset in the URL, the default left out, and shows its days', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<Probe />, backend, { route: '/?range=7d' });
    const search = screen.getByRole('search', { name: 'Filters' });
    expect(within(search).getByRole('group', { name: 'Period' })).toBeTruthy();
    expect(within(search).getByText('more')).toBeTruthy();
    const week = range();
    expect(dateInput('From').value).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await user.click(screen.getByText('presets.90d'));
    await waitFor(() => expect(url()).toBe('?range=90d'));
    expect(range()).not.toBe(week);
    await user.click(screen.getByText('presets.30d'));
    await waitFor(() => expect(url()).toBe(''));
  });

  it('takes typed days, keeps the other end, and says when they make no range', async () => {
    await renderWithProviders(<Probe />, backend, { route: '/?range=7d&from=2026-11-20&to=2026-11-22' });
    expect(range()).toBe('2026-11-20T00:00:00+08:00 → 2026-11-23T00:00:00+08:00');
    expect(dateInput('From').value).toBe('2026-11-20');

    fireEvent.change(dateInput('To'), { target: { value: '2026-11-24' } });
    await waitFor(() => expect(url()).toBe('?from=2026-11-20&to=2026-11-24'));
    fireEvent.change(dateInput('From'), { target: { value: '2026-11-25' } });
    await waitFor(() => expect(range()).toBe('none'));
    // What was typed stays in the inputs while the range is refused.
    expect(dateInput('From').value).toBe('2026-11-25');
    expect(dateInput('To').value).toBe('2026-11-24');
  });
});
