import { afterEach, describe, expect, it } from 'vitest';
import { loginFirstPaint } from './first-paint';

const script = loginFirstPaint({});
const draw = (path: string) => {
  history.replaceState(null, '', path);
  document.body.innerHTML = '<div id="root"></div>';
  new Function(script)();
  return document.getElementById('root');
};

afterEach(() => localStorage.clear());

describe('the sign-in screen drawn before any script loads', () => {
  it('shows the heading and how to sign in, in the stored language and theme', () => {
    expect(draw('/login')?.querySelector('h1')?.textContent).toBe('康途运营台');
    expect(document.documentElement.lang).toBe('zh-CN');
    localStorage.setItem('careops:lang', 'en-US');
    localStorage.setItem('careops:theme', 'dark');
    const root = draw('/login');
    expect(root?.querySelector('h1')?.textContent).toBe('CareOps Console');
    expect(root?.textContent).toContain('Mock data mode: pick a demo account to sign in.');
    expect(root?.firstElementChild?.getAttribute('style')).toContain('background:#000');
  });

  it('draws nothing on other pages, for someone signed in, or without demo accounts against a real API', () => {
    expect(draw('/pharmacy/orders')?.innerHTML).toBe('');
    localStorage.setItem('careops:session', '{}');
    expect(draw('/login')?.innerHTML).toBe('');
    localStorage.clear();
    history.replaceState(null, '', '/login');
    document.body.innerHTML = '<div id="root"></div>';
    new Function(loginFirstPaint({ PUBLIC_API_BASE: 'https://api.example.com/api/v1' }))();
    expect(document.getElementById('root')?.textContent).not.toContain('演示账号');
  });
});
