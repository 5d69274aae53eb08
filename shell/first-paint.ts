import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { designTokens, type ThemeMode } from '@careops/design-system/theme-config';
import { resolveRuntimeConfig } from '@careops/app-kit/runtime-config';

/*
 * The sign-in screen's first paint, drawn from the HTML before any script arrives. Its JS takes
 * about 2.5 s over a mobile network; meanwhile the user sees the screen's heading and, in mock
 * mode, how to sign in, laid out where React then draws them. Built here from the console's own
 * strings and design tokens, so it cannot drift from them; React replaces it when it renders.
 */

const require = createRequire(import.meta.url);
const LOCALES = ['zh-CN', 'en-US'] as const;
const MODES: ThemeMode[] = ['light', 'dark'];

interface Strings {
  app: { name: string; tagline: string };
  login: { demoAccounts: string; demoNote: string };
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function screen(strings: Strings, mode: ThemeMode, demo: boolean): string {
  const t = designTokens(mode);
  const line = `${t.lineWidth}px solid ${t.colorBorderSecondary}`;
  const surface = `background:${t.colorBgContainer};border:${line};border-radius:${t.borderRadiusLG}px`;
  const secondary = `color:${t.colorTextSecondary}`;
  // The LoginPage layout (shell/src/pages/login): the preference switches' row, then the card.
  return (
    `<div aria-busy="true" style="display:flex;flex-direction:column;align-items:center;min-height:100vh;` +
    `padding:48px 16px;background:${t.colorBgLayout};color:${t.colorText};font-family:${escape(t.fontFamily)};` +
    `font-size:${t.fontSize}px;line-height:${t.lineHeight}">` +
    `<div style="width:100%;max-width:480px;height:${t.controlHeightSM}px;margin-bottom:16px"></div>` +
    `<div style="width:100%;max-width:480px"><div style="${surface}"><div style="padding:${t.paddingLG}px">` +
    `<h1 style="font-size:24px;font-weight:600;margin:0 0 8px;color:${t.colorTextHeading}">${escape(strings.app.name)}</h1>` +
    `<p style="margin:0 0 24px;${secondary}">${escape(strings.app.tagline)}</p>` +
    // The form's height (two labelled fields and the button): the demo panel starts where it stays.
    `<div style="height:${2 * (Math.round(t.fontSize * t.lineHeight) + t.marginXS + t.controlHeight + t.marginLG) + t.controlHeight}px;margin-bottom:16px"></div>` +
    (demo
      ? `<div style="${surface}"><div style="padding:${t.paddingXS}px ${t.paddingSM}px;border-bottom:${line}">` +
        `<h2 style="font-size:15px;font-weight:600;margin:0;color:${t.colorTextHeading}">${escape(strings.login.demoAccounts)}</h2></div>` +
        `<div style="padding:${t.paddingSM}px"><p style="margin:0 0 12px;${secondary}">${escape(strings.login.demoNote)}</p></div></div>`
      : '') +
    `</div></div></div></div>`
  );
}

/** An inline script: on /login with nobody signed in, draws the screen in the stored language and theme. */
export function loginFirstPaint(env: { PUBLIC_API_MODE?: string; PUBLIC_API_BASE?: string }): string {
  const demo = resolveRuntimeConfig(env).apiMode === 'mock';
  const screens: Record<string, string> = {};
  for (const locale of LOCALES) {
    const strings = JSON.parse(
      readFileSync(require.resolve(`@careops/i18n/locales/${locale}.json`), 'utf8'),
    ) as Strings;
    for (const mode of MODES) screens[`${locale}|${mode}`] = screen(strings, mode, demo);
  }
  // The storage keys and defaults of @careops/i18n, @careops/design-system and @careops/auth.
  return `(function(){try{
var s=localStorage,root=document.getElementById('root');
if(location.pathname!=='/login'||s.getItem('careops:session')||!root)return;
var lang=s.getItem('careops:lang')==='en-US'?'en-US':'zh-CN';
var mode=s.getItem('careops:theme')==='dark'?'dark':'light';
var screens=${JSON.stringify(screens).replace(/</g, '\\u003c')};
document.documentElement.lang=lang;
document.body.style.margin='0';
root.innerHTML=screens[lang+'|'+mode];
}catch(e){}})();`;
}
