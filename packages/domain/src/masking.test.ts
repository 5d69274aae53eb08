import { describe, expect, it } from 'vitest';
import { ageBand, maskAddress, maskIdCard, maskName, maskPhone } from './masking';

describe('masking (DOMAIN.md §6.4)', () => {
  it('keeps the first character of a name and one * per other character', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('王小明')).toBe('王**');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('李')).toBe('李*');
    expect(maskName('  ')).toBe('');
  });

  it('masks phones to 3 + 4 digits and hides anything shorter', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('138 1234 1234')).toBe('138****1234');
    expect(maskPhone('12345')).toBe('*****');
  });

  it('masks an ID card to its first 3 and last 4 characters', () => {
    expect(maskIdCard('110101199001011234')).toBe('110***********1234');
    expect(maskIdCard('11010119900101123X')).toBe('110***********123X');
  });

  it('cuts an address to district level', () => {
    expect(maskAddress({ province: '上海市', city: '', district: '浦东新区' })).toBe('上海市浦东新区****');
  });

  it('gives ten-year age bands', () => {
    expect(ageBand(1987, new Date('2026-11-23T00:00:00+08:00'))).toBe('30–39');
  });
});
