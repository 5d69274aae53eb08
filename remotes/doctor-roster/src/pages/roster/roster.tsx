import { useId, useMemo, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { useSearchParams } from '@careops/router';
import { isApiError } from '@careops/api';
import { useCan } from '@careops/auth';
import {
  Alert,
  App,
  Button,
  Card,
  ErrorState,
  Field,
  Flex,
  ForbiddenState,
  LoadingState,
  Modal,
  PageContainer,
  Space,
  Tag,
  Typography,
  useToken,
} from '@careops/design-system';
import {
  SHIFT_TYPES,
  addCstDays,
  cstDayStartMs,
  shiftCancelInputSchema,
  shiftCreateInputSchema,
  type CoverageMap,
  type Shift,
  type ShiftCreateInput,
} from '@careops/domain/doctors';
import { toIsoCst } from '@careops/domain';
import { Select } from '@careops/design-system/table';
import { useLocalized, useTranslation } from '@careops/i18n';
import { useDepartments, useDoctors } from '../../api/doctors';
import {
  useCancelShift,
  useCopyWeek,
  useCoverage,
  useCreateShift,
  useMoveShift,
  usePublishWeek,
  useShifts,
} from '../../api/sla';
import { currentWeekStart, useOpenedAt } from '../../components/period';
import { ReasonDialog } from '../../components/reason-dialog';
import { errorText, setServerErrors } from '@careops/app-kit';
import { serverErrorText } from '../../components/server-error';
import { SlaGuard } from '../../components/sla-guard';
import { DoctorsNav } from '../../components/doctors-nav';

const SLOT_MS = 30 * 60_000;
const cancelReasonSchema = shiftCancelInputSchema.pick({ reason: true });
const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;
const slotLabel = (slot: number) =>
  `${String(Math.floor(slot / 2)).padStart(2, '0')}:${slot % 2 ? '30' : '00'}`;
const timeOf = (iso: string) => iso.slice(11, 16);

export function RosterPage() {
  return (
    <SlaGuard>
      <Roster />
    </SlaGuard>
  );
}

interface ShiftDraft {
  /** Set when moving an existing shift. */
  shift?: Shift;
  day: number;
  startSlot: number;
  endSlot: number;
}

function Roster() {
  const { t } = useTranslation('doctors');
  const localized = useLocalized();
  const { message } = App.useApp();
  const [searchParams, setSearchParams] = useSearchParams();
  const openedAt = useOpenedAt();
  const weekStart = searchParams.get('week') ?? currentWeekStart(openedAt);
  const departmentId = searchParams.get('departmentId') ?? 'dep_gp';
  const departments = useDepartments();
  const shifts = useShifts(weekStart, departmentId);
  const coverage = useCoverage(weekStart, departmentId);
  const doctors = useDoctors({ departmentId, pageSize: 100, sort: 'name:asc' });
  const canEdit = useCan('schedule.edit');
  const copyWeek = useCopyWeek();
  const publish = usePublishWeek();
  const [draft, setDraft] = useState<ShiftDraft>();
  const [cancelling, setCancelling] = useState<Shift>();

  const setParam = (key: string, value: string) =>
    setSearchParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set(key, value);
      return next;
    });
  const doctorName = (id: string) => {
    const d = doctors.data?.items.find((doc) => doc.id === id);
    return d ? localized(d.name) : id;
  };
  const dayLabel = (day: number) => `${t(`weekday.${day}`)} ${addCstDays(weekStart, day).slice(5)}`;
  const drafts = shifts.data?.items.filter((s) => s.status === 'draft').length ?? 0;

  const toolbar = (
    <Flex gap={8} wrap align="center">
      <Select
        aria-label={t('doctors.filterDepartment')}
        value={departmentId}
        virtual={false}
        loading={departments.isPending}
        options={departments.data?.items.map((d) => ({ value: d.id, label: localized(d.name) })) ?? []}
        onChange={(value: string) => setParam('departmentId', value)}
        style={{ width: 180 }}
      />
      <Space.Compact>
        <Button onClick={() => setParam('week', addCstDays(weekStart, -7))}>{t('roster.prevWeek')}</Button>
        <Button onClick={() => setParam('week', addCstDays(weekStart, 7))}>{t('roster.nextWeek')}</Button>
      </Space.Compact>
      {canEdit && (
        <>
          <Button onClick={() => setDraft({ day: 0, startSlot: 16, endSlot: 32 })}>
            {t('roster.addShift')}
          </Button>
          <Button
            loading={copyWeek.isPending}
            onClick={() =>
              copyWeek.mutate(
                { fromWeekStart: weekStart, toWeekStart: addCstDays(weekStart, 7), departmentId },
                {
                  onSuccess: (r) =>
                    void message.success(
                      t('roster.copied', { created: r.created, skipped: r.skipped.length }),
                    ),
                  onError: (e) => void message.error(serverErrorText(t, e)),
                },
              )
            }
          >
            {t('roster.copyWeek')}
          </Button>
          <Button
            type="primary"
            disabled={drafts === 0}
            loading={publish.isPending}
            onClick={() =>
              publish.mutate(
                { weekStart, departmentId },
                {
                  onSuccess: (r) => void message.success(t('roster.published', { count: r.published })),
                  onError: (e) => void message.error(serverErrorText(t, e)),
                },
              )
            }
          >
            {t('roster.publish', { count: drafts })}
          </Button>
        </>
      )}
    </Flex>
  );

  const error = shifts.error ?? coverage.error;
  if (error && !shifts.data) {
    return (
      <PageContainer title={t('roster.title')} extra={toolbar}>
        <DoctorsNav />
        {isApiError(error, 'FORBIDDEN') ? (
          <ForbiddenState />
        ) : (
          <ErrorState error={error} onRetry={() => void shifts.refetch()} />
        )}
      </PageContainer>
    );
  }

  return (
    <PageContainer title={t('roster.title')} subtitle={t('roster.week', { week: weekStart })} extra={toolbar}>
      <DoctorsNav />
      {!shifts.data ? (
        <LoadingState />
      ) : (
        <>
          <CoverageHeatmap data={coverage.data} dayLabel={dayLabel} />
          <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('roster.shiftsTitle')}</h2>}>
            {shifts.data.items.length === 0 ? (
              <Typography.Text type="secondary">{t('roster.empty')}</Typography.Text>
            ) : (
              <div
                style={{
                  display: 'grid',
                  gap: 12,
                  gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
                }}
              >
                {WEEKDAYS.map((day) => {
                  const dayStart = cstDayStartMs(addCstDays(weekStart, day));
                  const list = (shifts.data?.items ?? []).filter((s) => {
                    const start = Date.parse(s.start);
                    return start >= dayStart && start < dayStart + 86_400_000;
                  });
                  return (
                    <section key={day} aria-label={dayLabel(day)}>
                      <h3 style={{ fontSize: 14, margin: '0 0 8px' }}>{dayLabel(day)}</h3>
                      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}>
                        {list.map((s) => (
                          <li key={s.id}>
                            <Flex gap={6} align="center" wrap>
                              <span style={{ fontVariantNumeric: 'tabular-nums' }}>
                                {timeOf(s.start)}–{timeOf(s.end)}
                              </span>
                              <span>{doctorName(s.doctorId)}</span>
                              <Tag>{t(`shiftType.${s.type}`)}</Tag>
                              <Tag>{t(`shiftStatus.${s.status}`)}</Tag>
                              {canEdit && (s.status === 'draft' || s.status === 'published') && (
                                <>
                                  <Button
                                    size="small"
                                    autoInsertSpace={false}
                                    aria-label={t('roster.moveLabel', {
                                      doctor: doctorName(s.doctorId),
                                      time: timeOf(s.start),
                                    })}
                                    onClick={() => {
                                      const start = Date.parse(s.start);
                                      const startSlot = Math.round((start - dayStart) / SLOT_MS);
                                      setDraft({
                                        shift: s,
                                        day,
                                        startSlot,
                                        endSlot:
                                          startSlot + Math.round((Date.parse(s.end) - start) / SLOT_MS),
                                      });
                                    }}
                                  >
                                    {t('roster.move')}
                                  </Button>
                                  <Button
                                    size="small"
                                    danger
                                    autoInsertSpace={false}
                                    aria-label={t('roster.cancelLabel', {
                                      doctor: doctorName(s.doctorId),
                                      time: timeOf(s.start),
                                    })}
                                    onClick={() => setCancelling(s)}
                                  >
                                    {t('roster.cancel')}
                                  </Button>
                                </>
                              )}
                            </Flex>
                          </li>
                        ))}
                      </ul>
                    </section>
                  );
                })}
              </div>
            )}
          </Card>
          <SlotGrid
            shifts={shifts.data.items}
            weekStart={weekStart}
            dayLabel={dayLabel}
            onPick={
              canEdit
                ? (day, slot) => setDraft({ day, startSlot: slot, endSlot: Math.min(48, slot + 8) })
                : undefined
            }
          />
        </>
      )}
      {draft && (
        <ShiftForm
          draft={draft}
          weekStart={weekStart}
          departmentId={departmentId}
          doctors={(doctors.data?.items ?? []).map((d) => ({ value: d.id, label: localized(d.name) }))}
          dayLabel={dayLabel}
          onClose={() => setDraft(undefined)}
        />
      )}
      {cancelling && <CancelShift shift={cancelling} onClose={() => setCancelling(undefined)} />}
    </PageContainer>
  );
}

/** Hour × weekday against the department minimum; every cell says its numbers, not just its colour. */
function CoverageHeatmap({
  data,
  dayLabel,
}: {
  data: CoverageMap | undefined;
  dayLabel: (d: number) => string;
}) {
  const { t } = useTranslation('doctors');
  const token = useToken();
  const dept = data?.departments[0];
  if (!dept) return <LoadingState />;
  const cell = (weekday: number, hour: number) =>
    dept.cells.find((c) => c.weekday === weekday && c.hour === hour);
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('roster.coverageTitle')}</h2>}
      extra={
        <Typography.Text type="secondary">
          {t('roster.gapSlots', { count: dept.gapSlots, required: dept.required })}
        </Typography.Text>
      }
    >
      <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('roster.coverageTitle')}>
        <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: token.fontSizeSM }}>
          <caption className="careops-visually-hidden">
            {t('roster.coverageCaption', { required: dept.required })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('roster.hour')}</th>
              {WEEKDAYS.map((d) => (
                <th key={d} scope="col">
                  {dayLabel(d)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: 24 }, (_, hour) => (
              <tr key={hour}>
                <th scope="row" style={{ textAlign: 'end', paddingInlineEnd: 6, fontWeight: 400 }}>
                  {slotLabel(hour * 2)}
                </th>
                {WEEKDAYS.map((d) => {
                  const c = cell(d, hour);
                  const gap = c?.level === 'breach';
                  return (
                    <td
                      key={d}
                      data-testid={`coverage-${d}-${hour}`}
                      data-level={c?.level}
                      style={{
                        textAlign: 'center',
                        padding: 2,
                        color: gap ? token.colorErrorText : token.colorText,
                        background: gap ? token.colorErrorBg : token.colorSuccessBg,
                        border: `1px solid ${token.colorBorderSecondary}`,
                        fontVariantNumeric: 'tabular-nums',
                      }}
                    >
                      {c ? `${c.onDuty}/${c.required}` : '—'}
                      {gap && <span className="careops-visually-hidden"> {t('roster.gap')}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

/** Department × 30-min slots: doctors planned per slot; a slot's button starts a shift there. */
function SlotGrid({
  shifts,
  weekStart,
  dayLabel,
  onPick,
}: {
  shifts: Shift[];
  weekStart: string;
  dayLabel: (d: number) => string;
  onPick: ((day: number, slot: number) => void) | undefined;
}) {
  const { t } = useTranslation('doctors');
  const token = useToken();
  const counts = useMemo(() => {
    const from = cstDayStartMs(weekStart);
    const result = Array.from({ length: 7 * 48 }, () => 0);
    for (const s of shifts) {
      if (s.status === 'cancelled' || s.status === 'no_show' || s.type === 'on_call') continue;
      const start = Date.parse(s.start);
      const end = Date.parse(s.end);
      for (let i = 0; i < result.length; i++) {
        const slot = from + i * SLOT_MS;
        if (start <= slot && end >= slot + SLOT_MS) result[i] = (result[i] ?? 0) + 1;
      }
    }
    return result;
  }, [shifts, weekStart]);
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('roster.slotsTitle')}</h2>}>
      <div
        style={{ overflow: 'auto', maxHeight: 420 }}
        tabIndex={0}
        role="region"
        aria-label={t('roster.slotsTitle')}
      >
        <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: token.fontSizeSM }}>
          <caption className="careops-visually-hidden">{t('roster.slotsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('roster.slot')}</th>
              {WEEKDAYS.map((d) => (
                <th key={d} scope="col">
                  {dayLabel(d)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: 48 }, (_, slot) => (
              <tr key={slot}>
                <th scope="row" style={{ fontWeight: 400, textAlign: 'end', paddingInlineEnd: 6 }}>
                  {slotLabel(slot)}
                </th>
                {WEEKDAYS.map((d) => {
                  const count = counts[d * 48 + slot] ?? 0;
                  return (
                    <td
                      key={d}
                      style={{ textAlign: 'center', border: `1px solid ${token.colorBorderSecondary}` }}
                    >
                      {onPick ? (
                        <Button
                          type="text"
                          size="small"
                          aria-label={t('roster.addAt', { day: dayLabel(d), time: slotLabel(slot), count })}
                          onClick={() => onPick(d, slot)}
                        >
                          {count}
                        </Button>
                      ) : (
                        count
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

/** The shift form's fields: a day of the week and half-hour slots, as the grid picks them. */
const shiftFormSchema = z.object({
  doctorId: z.string(),
  day: z.number().int().min(0).max(6),
  start: z.number().int().min(0).max(47),
  end: z.number().int().min(1).max(48),
  type: z.enum(SHIFT_TYPES),
});
type ShiftFormValues = z.input<typeof shiftFormSchema>;

/**
 * The form's day and slots as the API's CST times, checked by the domain's `shiftCreateInputSchema`;
 * its issues keep their paths (`doctorId`, `end`), which are the form's field names.
 */
function shiftSchemaOf(weekStart: string, departmentId: string) {
  return shiftFormSchema
    .transform(({ doctorId, day, start, end, type }) => {
      const dayStart = cstDayStartMs(addCstDays(weekStart, day));
      return {
        doctorId,
        departmentId,
        start: toIsoCst(dayStart + start * SLOT_MS),
        end: toIsoCst(dayStart + end * SLOT_MS),
        type,
      };
    })
    .pipe(shiftCreateInputSchema);
}

function ShiftForm({
  draft,
  weekStart,
  departmentId,
  doctors,
  dayLabel,
  onClose,
}: {
  draft: ShiftDraft;
  weekStart: string;
  departmentId: string;
  doctors: { value: string; label: string }[];
  dayLabel: (d: number) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation('doctors');
  const { message } = App.useApp();
  const id = useId();
  const create = useCreateShift();
  const move = useMoveShift();
  const mutation = draft.shift ? move : create;
  const schema = useMemo(() => shiftSchemaOf(weekStart, departmentId), [weekStart, departmentId]);
  const {
    control,
    handleSubmit,
    setError,
    formState: { isSubmitting },
  } = useForm<ShiftFormValues, unknown, ShiftCreateInput>({
    resolver: zodResolver(schema),
    defaultValues: {
      doctorId: draft.shift?.doctorId ?? '',
      day: draft.day,
      start: draft.startSlot,
      end: draft.endSlot,
      type: draft.shift?.type ?? 'regular',
    },
  });

  const submit = async (shift: ShiftCreateInput) => {
    try {
      if (draft.shift)
        await move.mutateAsync({
          id: draft.shift.id,
          input: {
            version: draft.shift.version,
            doctorId: shift.doctorId,
            start: shift.start,
            end: shift.end,
          },
        });
      else await create.mutateAsync(shift);
      void message.success(t(draft.shift ? 'roster.moved' : 'roster.created'));
      onClose();
    } catch (error) {
      // The server's capacity error belongs to the shift type, the field that sets it.
      setServerErrors(error, setError, ['doctorId', 'start', 'end']);
      const capacity = isApiError(error) ? error.fieldErrors['capacity']?.join(' ') : undefined;
      if (capacity) setError('type', { type: 'server', message: capacity });
    }
  };

  const slots = Array.from({ length: 49 }, (_, s) => ({
    value: s,
    label: s === 48 ? '24:00' : slotLabel(s),
  }));
  const select = <N extends keyof ShiftFormValues>(
    name: N,
    label: string,
    options: { value: ShiftFormValues[N]; label: string }[],
    message: string,
    placeholder?: string,
  ) => (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <Field id={`${id}-${name}`} label={label} error={errorText(fieldState.error, message)}>
          {(props) => (
            <Select
              {...field}
              {...props}
              // An empty doctor is "not chosen yet": the placeholder shows instead of a blank value.
              value={field.value === '' ? undefined : field.value}
              placeholder={placeholder}
              virtual={false}
              options={options}
              style={{ width: '100%' }}
            />
          )}
        </Field>
      )}
    />
  );

  return (
    <Modal
      open
      title={t(draft.shift ? 'roster.moveTitle' : 'roster.addTitle')}
      okText={t(draft.shift ? 'roster.move' : 'roster.addShift')}
      cancelText={t('form.cancel')}
      okButtonProps={{ loading: mutation.isPending, disabled: isSubmitting }}
      onOk={() => void handleSubmit(submit)()}
      onCancel={onClose}
    >
      {mutation.error !== null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={serverErrorText(t, mutation.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      {select('doctorId', t('roster.doctor'), doctors, t('form.doctorRequired'), t('form.chooseDoctor'))}
      {select(
        'day',
        t('roster.day'),
        WEEKDAYS.map((d) => ({ value: d, label: dayLabel(d) })),
        t('form.invalid'),
      )}
      <Flex gap={12}>
        <div style={{ flex: 1 }}>
          {select('start', t('roster.start'), slots.slice(0, 48), t('form.endAfterStart'))}
        </div>
        <div style={{ flex: 1 }}>
          {select('end', t('roster.end'), slots.slice(1), t('form.endAfterStart'))}
        </div>
      </Flex>
      {!draft.shift &&
        select(
          'type',
          t('roster.type'),
          SHIFT_TYPES.map((type) => ({ value: type, label: t(`shiftType.${type}`) })),
          t('form.invalid'),
        )}
    </Modal>
  );
}

function CancelShift({ shift, onClose }: { shift: Shift; onClose: () => void }) {
  const { t } = useTranslation('doctors');
  const { message } = App.useApp();
  const cancel = useCancelShift();
  return (
    <ReasonDialog
      open
      danger
      title={t('roster.cancelTitle', { time: `${shift.start.slice(5, 16).replace('T', ' ')}` })}
      okText={t('roster.cancel')}
      pending={cancel.isPending}
      error={cancel.error}
      schema={cancelReasonSchema}
      onSubmit={async (reason) => {
        await cancel.mutateAsync({ id: shift.id, version: shift.version, reason });
        void message.success(t('roster.cancelled'));
        onClose();
      }}
      onCancel={onClose}
    />
  );
}
