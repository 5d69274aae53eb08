import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { DesignSystemProvider, ThemeModeProvider } from '@careops/design-system/core';
import { KpiTiles } from '@careops/design-system';

afterEach(cleanup);

describe('KpiTiles', () => {
  it('lists each figure under its label, with its hint, in a list named for the dashboard', () => {
    render(
      <ThemeModeProvider initial="dark">
        <DesignSystemProvider>
          <KpiTiles
            label="Headline figures"
            tiles={[
              { key: 'orders', label: 'Orders', value: '1,204' },
              { key: 'cancellations', label: 'Cancellations', value: '37', hint: '3.1%' },
            ]}
          />
        </DesignSystemProvider>
      </ThemeModeProvider>,
    );
    const list = screen.getByRole('list', { name: 'Headline figures' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual(['Orders1,204', 'Cancellations373.1%']);
    expect(screen.getByTestId('kpi-cancellations').textContent).toContain('3.1%');
  });
});
