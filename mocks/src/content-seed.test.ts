import { describe, expect, it } from 'vitest';
import { cpuTime } from '@careops/domain/testing';
import {
  REVIEW_STAGES,
  STAGE_STATUS,
  contentItemSchema,
  contentVersionSchema,
  dueState,
  reviewTaskSchema,
  screenedText,
  stageOfStatus,
} from '@careops/domain/content';
import { seedContentData } from './seed/content';

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

const ANCHOR = Date.parse('2026-11-23T10:00:00+08:00');

const { result: data, ms: elapsed } = await cpuTime(() => seedContentData(20261123 + 5, ANCHOR));

describe('content seed', () => {
  it('builds 600 items with their versions and tasks quickly', () => {
    console.log(
      `content seed: ${data.items.length} items, ${data.versions.length} versions, ${data.tasks.length} tasks in ${Math.round(elapsed)} ms of CPU`,
    );
    expect(data.items).toHaveLength(600);
    expect(elapsed).toBeLessThan(5000);
  });

  it('matches the schemas', () => {
    for (const item of data.items) contentItemSchema.parse(item);
    for (const v of data.versions) contentVersionSchema.parse(v);
    for (const t of data.tasks) reviewTaskSchema.parse(t);
  });

  it('is deterministic', () => {
    const again = seedContentData(20261123 + 5, ANCHOR + 1);
    expect(again.items.map((i) => [i.status, i.currentVersionNo])).toEqual(
      data.items.map((i) => [i.status, i.currentVersionNo]),
    );
  });

  it('is consistent with the workflow', () => {
    const versionsOf = groupBy(data.versions, (v) => v.contentId);
    const tasksOf = groupBy(data.tasks, (t) => t.contentId);
    for (const item of data.items) {
      const versions = versionsOf.get(item.id) ?? [];
      expect(versions.map((v) => v.versionNo)).toEqual(versions.map((_, i) => i + 1));
      expect(versions.at(-1)?.id).toBe(item.currentVersionId);
      expect(versions.length).toBeLessThanOrEqual(3);
      const current = versions.at(-1);
      expect(current && item.hitCounts.block).toBe(
        current?.ruleHits.filter((h) => h.severity === 'block').length,
      );
      if (current)
        for (const h of current.ruleHits) expect(screenedText(current).slice(h.start, h.end)).toBe(h.snippet);
      const open = (tasksOf.get(item.id) ?? []).filter((t) => t.status === 'open');
      const stage = stageOfStatus(item.status);
      expect(open.map((t) => t.stage)).toEqual(stage ? [stage] : []);
      expect(open.every((t) => t.versionId === item.currentVersionId)).toBe(true);
      if (['published', 'taken_down', 'archived'].includes(item.status))
        expect(item.publishedVersionId).toBeDefined();
      if (item.status === 'taken_down') expect(item.takedown?.reason).toBeTruthy();
      if (item.status === 'auto_rejected') expect(item.hitCounts.block).toBeGreaterThan(0);
      else if (versions.length) expect(item.hitCounts.block).toBe(0);
      // Four-eyes: one decider per stage, nobody twice within a version.
      for (const v of versions) {
        const deciders = (tasksOf.get(item.id) ?? [])
          .filter((t) => t.versionId === v.id && t.decidedBy)
          .map((t) => t.decidedBy);
        expect(new Set(deciders).size).toBe(deciders.length);
      }
      const last = item.history.at(-1);
      expect(last && Date.parse(last.at)).toBeLessThanOrEqual(ANCHOR);
    }
  });

  it('has work in every queue, some of it claimed or overdue, and live items under revision', () => {
    const open = data.tasks.filter((t) => t.status === 'open');
    for (const stage of REVIEW_STAGES)
      expect(open.filter((t) => t.stage === stage).length).toBeGreaterThan(10);
    expect(open.filter((t) => t.claimedBy).length).toBeGreaterThan(10);
    expect(open.filter((t) => dueState(t, ANCHOR) === 'overdue').length).toBeGreaterThan(10);
    expect(open.filter((t) => dueState(t, ANCHOR) === 'on_time').length).toBeGreaterThan(10);
    const revising = data.items.filter(
      (i) => i.publishedVersionId && i.publishedVersionId !== i.currentVersionId && i.status !== 'taken_down',
    );
    expect(revising.length).toBeGreaterThan(5);
    expect(
      revising.every(
        (i) =>
          Object.values(STAGE_STATUS).some((s) => s === i.status) ||
          ['returned', 'rejected', 'auto_rejected'].includes(i.status) ||
          i.status === 'published',
      ),
    ).toBe(true);
    expect(data.items.filter((i) => i.status === 'taken_down').length).toBeGreaterThan(5);
    expect(data.versions.filter((v) => v.resolvedHits.length > 0).length).toBeGreaterThan(10);
    const decided = data.tasks.filter((t) => t.decidedBy);
    expect(new Set(decided.map((t) => t.decidedBy)).size).toBe(4);
  });
});
