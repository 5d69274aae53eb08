import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders, setupMockApi } from './testing';
import { LoginForm } from './login-form';

const backend = setupMockApi();

describe('LoginForm', () => {
  it('offers the demo accounts in mock mode and signs in with one click', async () => {
    const onSuccess = vi.fn();
    await renderWithProviders(<LoginForm demoAccounts onSuccess={onSuccess} />, backend);
    fireEvent.click(await screen.findByRole('button', { name: /(^|\s)pharmacy\.b(\s|$)/ }));
    await waitFor(() =>
      expect(onSuccess).toHaveBeenCalledWith(
        expect.objectContaining({ username: 'pharmacy.b', role: 'PHA' }),
      ),
    );
  });

  it('explains wrong credentials and keeps what was typed', async () => {
    const onSuccess = vi.fn();
    await renderWithProviders(<LoginForm demoAccounts={false} onSuccess={onSuccess} />, backend, {
      locale: 'en-US',
    });
    fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'admin' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: /Sign in/ }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Wrong username or password.');
    expect(screen.getByLabelText('Username')).toHaveProperty('value', 'admin');
    expect(onSuccess).not.toHaveBeenCalled();
    expect(screen.queryByText('Demo accounts')).toBeNull();
  });

  it('marks empty fields as required without calling the server', async () => {
    const onSuccess = vi.fn();
    await renderWithProviders(<LoginForm demoAccounts={false} onSuccess={onSuccess} />, backend, {
      locale: 'en-US',
    });
    const before = backend.db.audit.all().length;
    fireEvent.click(screen.getByRole('button', { name: /Sign in/ }));
    expect((await screen.findAllByText('Required')).length).toBe(2);
    expect(backend.db.audit.all().length).toBe(before);
  });
});
