import { describe, expect, it } from 'vitest';
import { listQuerySchema, multiEnumSchema, sortSchema, toFieldErrors, toIsoCst } from './common';
import { orderListQuerySchema } from './pharmacy';

describe('common schemas', () => {
  it('formats times in China Standard Time', () => {
    expect(toIsoCst(Date.UTC(2026, 10, 23, 16, 30))).toBe('2026-11-24T00:30:00+08:00');
  });

  it('defaults and bounds list paging', () => {
    expect(listQuerySchema.parse({})).toMatchObject({ page: 1, pageSize: 20 });
    expect(listQuerySchema.safeParse({ pageSize: '500' }).success).toBe(false);
    expect(listQuerySchema.safeParse({ page: '0' }).success).toBe(false);
  });

  it('accepts only the sort fields a resource declares', () => {
    const sort = sortSchema(['paidAt', 'status']);
    expect(sort.safeParse('paidAt:desc').success).toBe(true);
    expect(sort.safeParse('patient.phone:asc').success).toBe(false);
    expect(sort.safeParse('paidAt:sideways').success).toBe(false);
  });

  it('parses comma-separated enum filters and rejects unknown values', () => {
    const schema = multiEnumSchema(['paid', 'accepted']);
    expect(schema.parse('paid,accepted')).toEqual(['paid', 'accepted']);
    expect(schema.safeParse('paid,hacked').success).toBe(false);
  });

  it('reports every invalid field of a list query', () => {
    const result = orderListQuerySchema.safeParse({ hasRx: 'maybe', sort: 'x:asc' });
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(toFieldErrors(result.error)).sort()).toEqual(['hasRx', 'sort']);
  });
});
