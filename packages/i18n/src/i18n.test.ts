import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { i18n, initI18n, registerNamespace, setLocale } from './index';
import zhCN from './locales/zh-CN.json';
import enUS from './locales/en-US.json';

/** Every key path of a messages object. */
function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('i18n', () => {
  it('keeps a namespace registered before init (a remote imported before the app boots)', async () => {
    registerNamespace('early', { 'zh-CN': { hello: '你好' }, 'en-US': { hello: 'Hello' } });
    await initI18n('zh-CN');
    expect(i18n.t('hello', { ns: 'early' })).toBe('你好');
  });

  it('switches language for every namespace, remembers it, and keeps dayjs and <html lang> in step', async () => {
    registerNamespace('late', { 'zh-CN': { bye: '再见' }, 'en-US': { bye: 'Bye' } });
    await setLocale('en-US');
    expect(i18n.t('bye', { ns: 'late' })).toBe('Bye');
    expect(i18n.t('action.retry')).toBe('Retry');
    expect(localStorage.getItem('careops:lang')).toBe('en-US');
    expect(dayjs.locale()).toBe('en');
    expect(document.documentElement.lang).toBe('en-US');
    await setLocale('zh-CN');
    expect(dayjs.locale()).toBe('zh-cn');
  });

  it('has the same keys in both languages', () => {
    expect(keys(enUS).sort()).toEqual(keys(zhCN).sort());
  });
});
