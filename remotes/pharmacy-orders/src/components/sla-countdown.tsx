import { useServerClock } from '@careops/app-kit';
import {
  ClockCircleOutlined,
  CloseCircleOutlined,
  StatusTag,
  WarningOutlined,
  type Tone,
} from '@careops/design-system';
import {
  SLA_THRESHOLDS,
  slaLevelAt,
  type OrderSla,
  type SlaLevel,
  type SlaTimer,
} from '@careops/domain/pharmacy';
import { useTranslation } from '@careops/i18n';

export const SLA_TONES: Record<SlaLevel, Tone> = {
  normal: 'success',
  warn: 'warning',
  breach: 'error',
  severe: 'error',
};

/** The §2.3 window of a timer, rebuilt from its start and due times so its level can move on between refetches. */
function windowOf(timer: SlaTimer) {
  const start = Date.parse(timer.startedAt);
  const due = Date.parse(timer.dueAt);
  switch (timer.timer) {
    case 'accept': {
      const t = SLA_THRESHOLDS.accept;
      return { start, due, warn: start + t.warnAfterMs, severe: start + t.severeAfterMs };
    }
    case 'rx_review':
    case 'pick':
    case 'rider_assign':
      return { start, due, warn: start + SLA_THRESHOLDS[timer.timer].warnAfterMs };
    case 'delivery': {
      const t = SLA_THRESHOLDS.delivery;
      return { start, due, warn: due - t.warnBeforeDueMs, severe: due + t.severeAfterDueMs };
    }
    case 'follow_up':
      return { start, due };
  }
}

/** A running timer's level and seconds left at `serverNow`; a stopped one stays as the server measured it. */
export function timerAt(timer: SlaTimer, serverNow: number): { level: SlaLevel; remainingSeconds: number } {
  if (!timer.running) return { level: timer.level, remainingSeconds: timer.remainingSeconds };
  return {
    level: slaLevelAt(windowOf(timer), serverNow),
    remainingSeconds: Math.floor((Date.parse(timer.dueAt) - serverNow) / 1000),
  };
}

/** The running timer due soonest: what a card shows. */
export function mostUrgent(sla: OrderSla): SlaTimer | undefined {
  let best: SlaTimer | undefined;
  for (const t of sla.timers)
    if (t.running && (best === undefined || Date.parse(t.dueAt) < Date.parse(best.dueAt))) best = t;
  return best;
}

/** 75 → "1:15", 3725 → "1:02:05". */
export function clockText(totalSeconds: number): string {
  const s = Math.abs(totalSeconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

const ICONS: Record<SlaLevel, typeof ClockCircleOutlined> = {
  normal: ClockCircleOutlined,
  warn: WarningOutlined,
  breach: CloseCircleOutlined,
  severe: CloseCircleOutlined,
};

/**
 * A timer's countdown: tone, icon and words all carry the level, so it reads without colour.
 * `data-level` lets tests and styles follow the level.
 */
export function SlaCountdown({ timer, offset }: { timer: SlaTimer; offset: number }) {
  const level = useServerClock(offset, (now) => timerAt(timer, now).level);
  const Icon = ICONS[level];
  return (
    <span data-level={level} data-timer={timer.timer} style={{ whiteSpace: 'nowrap' }}>
      <Icon aria-hidden style={{ marginInlineEnd: 4 }} />
      <StatusTag tone={SLA_TONES[level]}>
        <CountdownText timer={timer} offset={offset} level={level} />
      </StatusTag>
    </span>
  );
}

/** The words of a countdown: the only part that changes every second. */
function CountdownText({ timer, offset, level }: { timer: SlaTimer; offset: number; level: SlaLevel }) {
  const { t } = useTranslation('pharmacy');
  const remainingSeconds = useServerClock(offset, (now) => timerAt(timer, now).remainingSeconds);
  const time = clockText(remainingSeconds);
  const text = remainingSeconds >= 0 ? t(`sla.left.${level}`, { time }) : t(`sla.over.${level}`, { time });
  return `${t(`sla.timer.${timer.timer}`)} · ${text}`;
}
