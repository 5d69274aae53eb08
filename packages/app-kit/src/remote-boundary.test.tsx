import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders, setupMockApi } from './testing';
import { RemoteBoundary } from './remote-boundary';

const backend = setupMockApi();

describe('RemoteBoundary', () => {
  it('contains a failing child, shows an error with retry, and renders it again on retry', async () => {
    let fail = true;
    function Flaky() {
      if (fail) throw new Error('remote exploded');
      return <p>remote content</p>;
    }
    const onRetry = vi.fn(() => {
      fail = false;
    });
    const onError = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await renderWithProviders(
      <div>
        <p>shell still here</p>
        <RemoteBoundary title="Pharmacy failed" onRetry={onRetry} onError={onError}>
          <Flaky />
        </RemoteBoundary>
      </div>,
      backend,
      { locale: 'en-US' },
    );
    expect(screen.getByText('Pharmacy failed')).toBeTruthy();
    expect(screen.getByText('shell still here')).toBeTruthy();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'remote exploded' }));
    fireEvent.click(screen.getByRole('button', { name: /Retry/ }));
    expect(await screen.findByText('remote content')).toBeTruthy();
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
