import { waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * Opens an antd Select (a combobox whose options exist only in its popup) and returns the
 * options of its own list, found through the combobox's `aria-controls`.
 */
export async function openOptions(user: UserEvent, combobox: HTMLElement): Promise<HTMLElement[]> {
  await user.click(combobox);
  return waitFor(() => {
    const listId = combobox.getAttribute('aria-controls');
    const list = listId ? document.getElementById(listId) : null;
    if (!list) throw new Error('the select did not open');
    return within(list).getAllByRole('option');
  });
}

/** Picks the option of that name, as a user would: open the select, click the option. */
export async function chooseOption(user: UserEvent, combobox: HTMLElement, name: string): Promise<void> {
  const options = await openOptions(user, combobox);
  const option = options.find((o) => o.textContent === name);
  if (!option) throw new Error(`no option "${name}"`);
  await user.click(option);
}
