/**
 * PII masking of DOMAIN.md §6.4. Pure and total: any input string gives a
 * masked string, and masking a masked value changes nothing visible.
 */

/** First character, then one * per remaining character: 张三 → 张*, 王小明 → 王**. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(chars.length - 1, 1));
}

/** 13812341234 → 138****1234. Anything that is not a phone number is hidden whole. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(Math.max(digits.length, 4));
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** 110101199001011234 → 110***********1234. */
export function maskIdCard(id: string): string {
  const chars = Array.from(id.trim());
  if (chars.length <= 7) return '*'.repeat(chars.length);
  return `${chars.slice(0, 3).join('')}${'*'.repeat(chars.length - 7)}${chars.slice(-4).join('')}`;
}

/** Address to district level: the structured parts before `detail` stay, the rest becomes ****. */
export function maskAddress(address: { province: string; city: string; district: string }): string {
  return `${address.province}${address.city}${address.district}****`;
}

/** Age band of ten years, e.g. 1987 in 2026 → "30–39". */
export function ageBand(birthYear: number, now: Date): string {
  const age = now.getFullYear() - birthYear;
  const low = Math.max(0, Math.floor(age / 10) * 10);
  return `${low}–${low + 9}`;
}
