import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { LOCALES, type Locale, type LocalizedText } from '@careops/domain';
import zhCN from './locales/zh-CN.json';
import enUS from './locales/en-US.json';

export { useTranslation, Trans } from 'react-i18next';
export { LOCALES, type Locale };

const STORAGE_KEY = 'careops:lang';
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const COMMON_NS = 'common';

const DAYJS_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

function storedLocale(): Locale {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * The one i18next instance of the console. It is a shared singleton: the shell
 * creates it, every remote adds its namespace to it and follows its language.
 */
export const i18n: I18n = i18next.createInstance();

function applyLocale(locale: Locale): void {
  dayjs.locale(DAYJS_LOCALE[locale]);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

i18n.on('languageChanged', (lng) => {
  if (isLocale(lng)) applyLocale(lng);
});

export type Messages = Record<string, unknown>;

let ready: Promise<unknown> | undefined;
/** Namespaces registered before init (a remote's module imported first), added by init. */
const pending: Record<Locale, Record<string, Messages>> = { 'zh-CN': {}, 'en-US': {} };

/** Idempotent: the first caller (shell, standalone harness or test wrapper) initialises. */
export function initI18n(locale: Locale = storedLocale()): Promise<unknown> {
  ready ??= i18n.use(initReactI18next).init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    ns: [COMMON_NS],
    defaultNS: COMMON_NS,
    resources: {
      'zh-CN': { ...pending['zh-CN'], [COMMON_NS]: zhCN },
      'en-US': { ...pending['en-US'], [COMMON_NS]: enUS },
    },
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  applyLocale(locale);
  return ready;
}

/**
 * A remote's strings, added to the shared instance under its own namespace. A namespace may be
 * registered in parts (a lazily loaded section brings its own strings): the parts merge.
 */
export function registerNamespace(ns: string, messages: Record<Locale, Messages>): void {
  for (const locale of LOCALES) {
    if (ready) i18n.addResourceBundle(locale, ns, messages[locale], true, true);
    else pending[locale][ns] = { ...pending[locale][ns], ...messages[locale] };
  }
}

export async function setLocale(locale: Locale): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // storage may be unavailable (private mode); the choice then lasts for this page only
  }
  await i18n.changeLanguage(locale);
}

/** The current UI language, re-rendering on change. */
export function useLocale(): Locale {
  const { i18n: instance } = useTranslation();
  return isLocale(instance.resolvedLanguage) ? instance.resolvedLanguage : DEFAULT_LOCALE;
}

/** Picks the current language's rendering of a seed or registry text. */
export function useLocalized(): (text: LocalizedText) => string {
  const locale = useLocale();
  return (text) => text[locale];
}

const CST = 'Asia/Shanghai';

/** Formatters in the current language; times shown in China Standard Time, as stored. */
/**
 * Formatters per language, built once: constructing an Intl formatter costs far more
 * than formatting, and a 100-row table formats hundreds of cells per render.
 */
const FORMATTERS = new Map<Locale, ReturnType<typeof buildFormat>>();

function buildFormat(locale: Locale) {
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: CST,
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: CST });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' });
  const number = new Intl.NumberFormat(locale);
  return {
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    date: (iso: string) => date.format(new Date(iso)),
    /** Money is stored in integer fen. */
    money: (fen: number) => money.format(fen / 100),
    number: (n: number) => number.format(n),
  };
}

export function useFormat() {
  const locale = useLocale();
  let format = FORMATTERS.get(locale);
  if (!format) {
    format = buildFormat(locale);
    FORMATTERS.set(locale, format);
  }
  return format;
}
