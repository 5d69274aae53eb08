import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import { DEFAULT_RULES, scanContent } from '@careops/domain/content';
import '../i18n';
import { VersionDiff } from './version-diff';

const backend = setupMockApi();
const names = new Map(DEFAULT_RULES.map((r) => [r.id, r.name] as const));
const version = (versionNo: number, body: string) => ({
  versionNo,
  body,
  ruleHits: scanContent(body, {}).map((h) => ({ ...h, status: 'new' as const })),
});

describe('VersionDiff', () => {
  it('marks insertions and deletions with ins/del and a text legend, and compares the hits', async () => {
    const from = version(1, '本品是治疗胃病的首选，无副作用。请遵医嘱。');
    const to = version(2, '本品可用于缓解胃部不适，无副作用。请遵医嘱。<b>新</b>');
    const { container } = await renderWithProviders(
      <VersionDiff from={from} to={to} ruleNames={names} />,
      backend,
    );
    expect(screen.getByTestId('diff-legend').textContent).toBe('图例： 新增文字 删除文字');
    const region = screen.getByRole('region', { name: '第 1 版与第 2 版的差异' });
    const inserted = [...region.querySelectorAll('ins')].map((e) => e.textContent).join('|');
    const deleted = [...region.querySelectorAll('del')].map((e) => e.textContent).join('|');
    expect(inserted).toContain('<b>新</b>');
    expect(deleted).toContain('首选');
    expect(container.querySelector('b')).toBeNull();
    // Hits: the absolute term is resolved, the safety claim persists.
    const statuses = [...container.querySelectorAll('[data-hit-status]')].map(
      (li) => `${li.getAttribute('data-hit-status') ?? ''}:${li.textContent ?? ''}`,
    );
    expect(statuses.some((s) => s.startsWith('resolved:') && s.includes('AD-01') && s.includes('首选'))).toBe(
      true,
    );
    expect(statuses.some((s) => s.startsWith('persisting:') && s.includes('AD-04'))).toBe(true);
    expect(screen.getAllByText('已解决').length).toBeGreaterThan(0);
  });

  it('says when two versions have the same text', async () => {
    const v = version(1, '多喝水，早睡觉。');
    await renderWithProviders(
      <VersionDiff from={v} to={{ ...v, versionNo: 2 }} ruleNames={names} />,
      backend,
      {
        locale: 'en-US',
      },
    );
    expect(screen.getByText('The two versions have the same text.')).toBeTruthy();
    expect(screen.getByText('Neither version has rule hits.')).toBeTruthy();
  });
});
