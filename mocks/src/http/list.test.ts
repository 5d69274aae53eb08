import { describe, expect, it } from 'vitest';
import { listPage } from './list';

const rows = [
  { id: 'a', paidAt: '2026-11-20T10:00:00+08:00' },
  { id: 'b', paidAt: undefined },
  { id: 'c', paidAt: '2026-11-22T10:00:00+08:00' },
  { id: 'd', paidAt: undefined },
  { id: 'e', paidAt: '2026-11-21T10:00:00+08:00' },
];
const spec = { sortBy: { paidAt: (r: (typeof rows)[number]) => r.paidAt }, defaultSort: 'paidAt:desc' };
const ids = (sort: string) => listPage(rows, { page: 1, pageSize: 10, sort }, spec).items.map((r) => r.id);

describe('listPage sorting', () => {
  it('puts rows without the value last, newest first or oldest first', () => {
    expect(ids('paidAt:desc')).toEqual(['c', 'e', 'a', 'b', 'd']);
    expect(ids('paidAt:asc')).toEqual(['a', 'e', 'c', 'b', 'd']);
  });
});
