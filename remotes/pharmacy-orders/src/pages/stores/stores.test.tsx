import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import '../../i18n';
import { StoresPage } from './stores';

const backend = setupMockApi();

function storeOf(id: string) {
  const store = backend.db.stores.get(id);
  if (!store) throw new Error(`seed has no store ${id}`);
  return store;
}

async function openEdit(name: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: `编辑门店：${name}` }));
  const dialog = await screen.findByRole('dialog');
  return { user, dialog };
}

describe('StoresPage', () => {
  it("lists only the partner's own stores and saves an edit; over 5 km is refused before any request", async () => {
    await renderWithProviders(<StoresPage />, backend, { as: 'pharmacy.a' });
    const table = await screen.findByRole('table', { name: '门店列表' });
    const own = backend.db.stores.all().filter((s) => s.orgId === 'org_pha_a');
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBe(own.length + 1));
    expect(within(table).queryByText(storeOf('sto_b01').name['zh-CN'])).toBeNull();

    // A store without cold chain: switching it on is always allowed (switching it off is refused
    // while the store holds open cold-chain orders, which the API test covers).
    const plain = own.find((s) => !s.hasColdChain);
    if (!plain) throw new Error('the seed gives partner A no store without cold chain');
    const store = storeOf(plain.id);
    const { user, dialog } = await openEdit(store.name['zh-CN']);
    const radius = within(dialog).getByLabelText(/配送半径/);
    await user.clear(radius);
    await user.type(radius, '6');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    expect(await within(dialog).findByText('请填写大于 0、不超过 5 的公里数')).toBeTruthy();
    expect(radius.getAttribute('aria-invalid')).toBe('true');
    expect(storeOf(store.id).version).toBe(store.version);

    await user.clear(radius);
    await user.type(radius, '4.5');
    await user.click(within(dialog).getByLabelText(/具备冷链存储/));
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(storeOf(store.id)).toMatchObject({
      deliveryRadiusKm: 4.5,
      hasColdChain: true,
      businessHours: store.businessHours,
      version: store.version + 1,
    });
    expect(await within(table).findByText('4.5 公里')).toBeTruthy();
  });

  it('on 409 shows the store as it is now, keeps what was typed, and saves on top of the fresh version', async () => {
    await renderWithProviders(<StoresPage />, backend, { as: 'admin' });
    const store = storeOf('sto_a02');
    const { user, dialog } = await openEdit(store.name['zh-CN']);
    // Someone else changes the store while the dialog is open.
    backend.db.stores.put({
      ...store,
      businessHours: '07:00-23:00',
      is24h: false,
      version: store.version + 1,
    });
    const hours = within(dialog).getByLabelText(/营业时间/);
    await user.clear(hours);
    await user.type(hours, '00:00-24:00');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));

    const alert = await within(dialog).findByText(/该门店已被他人修改/);
    expect(alert.closest('[role="alert"]')?.textContent).toContain('07:00-23:00');
    expect((hours as HTMLInputElement).value).toBe('00:00-24:00');
    expect(storeOf('sto_a02').businessHours).toBe('07:00-23:00');

    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(storeOf('sto_a02')).toMatchObject({
      businessHours: '00:00-24:00',
      is24h: true,
      version: store.version + 2,
    });
  });

  it('pausing needs a reason; with one the store pauses, and it can be resumed after confirming', async () => {
    const store = backend.db.stores.all().find((s) => s.orgId === 'org_pha_a' && s.status === 'online');
    if (!store) throw new Error('seed has no open store of org A');
    await renderWithProviders(<StoresPage />, backend, { as: 'pharmacy.a' });
    const user = userEvent.setup();
    const name = store.name['zh-CN'];
    await user.click(await screen.findByRole('button', { name: `暂停营业：${name}` }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '暂停营业' }));
    expect(await within(dialog).findByText('请填写暂停原因')).toBeTruthy();
    expect(storeOf(store.id).status).toBe('online');

    await user.type(within(dialog).getByLabelText(/暂停原因/), '药师临时缺岗');
    await user.click(within(dialog).getByRole('button', { name: '暂停营业' }));
    await waitFor(() => expect(storeOf(store.id).status).toBe('paused'));
    expect(backend.db.audit.all().at(-1)).toMatchObject({ action: 'store.pause', reason: '药师临时缺岗' });

    await user.click(await screen.findByRole('button', { name: `恢复营业：${name}` }));
    const confirm = await screen.findByRole('dialog');
    await user.click(within(confirm).getByRole('button', { name: '恢复营业' }));
    await waitFor(() => expect(storeOf(store.id).status).toBe('online'));
  });

  it('is read-only for the auditor and forbidden to medical ops', async () => {
    const view = await renderWithProviders(<StoresPage />, backend, { as: 'auditor' });
    const table = await screen.findByRole('table', { name: '门店列表' });
    expect(within(table).getAllByRole('row').length).toBe(backend.db.stores.all().length + 1);
    expect(screen.getByText(/只读/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /编辑|暂停|恢复/ })).toBeNull();
    view.unmount();
    await renderWithProviders(<StoresPage />, backend, { as: 'medops' });
    expect(await screen.findByText('无权访问')).toBeTruthy();
  });

  it('speaks English', async () => {
    await renderWithProviders(<StoresPage />, backend, { as: 'admin', locale: 'en-US' });
    expect(await screen.findByRole('table', { name: 'Stores' })).toBeTruthy();
    expect(screen.getAllByText('Delivery radius').length).toBeGreaterThan(0);
  });
});
