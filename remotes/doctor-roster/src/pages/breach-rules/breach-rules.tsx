import { useId, useState, type ReactNode } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch, type Control, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { isApiError } from '@careops/api';
import { RecordView, errorText, setServerErrors } from '@careops/app-kit';
import { useCan } from '@careops/auth';
import {
  Alert,
  App,
  Button,
  Card,
  Field,
  Flex,
  Input,
  PageContainer,
  Typography,
  useToken,
} from '@careops/design-system';
import {
  CONSULTATION_SLA_ACTIONS,
  breachRulesUpdateInputSchema,
  type BreachRules,
  type BreachRulesRecord,
} from '@careops/domain/doctors';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import '../../i18n/breach-rules';
import { conflictingBreachRules, useBreachRules, useUpdateBreachRules } from '../../api/breach-rules';
import { DoctorsNav } from '../../components/doctors-nav';
import { serverErrorText } from '../../components/server-error';
import { SlaGuard } from '../../components/sla-guard';
import {
  ALL_FIELD_NAMES,
  RULE_GROUPS,
  actionsName,
  fieldName,
  readPath,
  shown,
  stored,
  type RuleField,
  type RuleGroup,
  type Unit,
} from './rule-fields';

/** The command's own schema, less the version: that is the record the edit is based on, not typed. */
const formSchema = breachRulesUpdateInputSchema.omit({ version: true });
type Values = z.input<typeof formSchema>;
const CRITICAL_ACTIONS = CONSULTATION_SLA_ACTIONS.filter((a) => a !== 'auto_refund');

export function BreachRulesPage() {
  return (
    <SlaGuard>
      <BreachRules />
    </SlaGuard>
  );
}

/** §1.4 "admin-editable defaults": everyone who sees the SLA screens reads them, ADM edits them. */
function BreachRules() {
  const { t } = useTranslation('doctors');
  const record = useBreachRules();
  const canEdit = useCan('breach.rules.manage');
  return (
    <PageContainer title={t('breachRules.title')} subtitle={t('breachRules.subtitle')}>
      <DoctorsNav />
      <RecordView query={record}>
        {(r) => (
          <>
            <RecordMeta record={r} />
            {canEdit ? <RulesForm record={r} /> : <RulesView record={r} />}
          </>
        )}
      </RecordView>
    </PageContainer>
  );
}

function RecordMeta({ record }: { record: BreachRulesRecord }) {
  const { t } = useTranslation('doctors');
  const format = useFormat();
  const localized = useLocalized();
  const by = record.updatedByName
    ? localized(record.updatedByName)
    : record.updatedBy === 'system'
      ? t('breachRules.system')
      : record.updatedBy;
  return (
    <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-testid="breach-rules-meta">
      {t('breachRules.meta', { version: record.version, by, at: format.dateTime(record.updatedAt) })}
      {record.reason && ` · ${t('breachRules.metaReason', { reason: record.reason })}`}
    </Typography.Paragraph>
  );
}

/** One value in the unit people read: 15 分钟, 92%. */
function useShow() {
  const { t } = useTranslation('doctors');
  return (value: unknown, unit: Unit) => {
    const v = shown(value, unit);
    if (v === undefined) return '—';
    return t(`breachRules.unit.${unit}`, { value: v });
  };
}

function useActionsText() {
  const { t } = useTranslation('doctors');
  return (actions: readonly string[]) =>
    actions.length === 0
      ? t('breachRules.noActions')
      : actions.map((a) => t(`breachRules.action.${a}`)).join('、');
}

function GroupCard({ group, children }: { group: RuleGroup; children: ReactNode }) {
  const { t } = useTranslation('doctors');
  const token = useToken();
  const headingId = useId();
  return (
    <Card
      size="small"
      title={
        <h2 id={headingId} style={{ fontSize: token.fontSizeLG, margin: 0 }}>
          {t(`breachRules.group.${group}`)}
        </h2>
      }
    >
      <section role="group" aria-labelledby={headingId}>
        <Typography.Paragraph type="secondary">{t(`breachRules.hint.${group}`)}</Typography.Paragraph>
        {children}
      </section>
    </Card>
  );
}

/** MED, CMP and AUD: the rules in force, read-only. */
function RulesView({ record }: { record: BreachRulesRecord }) {
  const { t } = useTranslation('doctors');
  const token = useToken();
  const show = useShow();
  const actionsText = useActionsText();
  return (
    <Flex vertical gap={token.marginMD}>
      <Alert type="info" showIcon title={t('breachRules.readOnly')} />
      {RULE_GROUPS.map(({ group, fields, actions }) => (
        <GroupCard key={group} group={group}>
          <dl style={{ display: 'flex', flexWrap: 'wrap', gap: token.marginLG, margin: 0 }}>
            {fields.map((f) => (
              <div key={f.path} style={{ minWidth: 160 }}>
                <dt style={{ color: token.colorTextSecondary }}>{t(`breachRules.field.${f.label}`)}</dt>
                <dd style={{ margin: 0, fontSize: token.fontSizeLG }}>
                  {show(readPath(record.rules, group, f.path), f.unit)}
                </dd>
              </div>
            ))}
            {actions && (
              <div style={{ minWidth: 160 }}>
                <dt style={{ color: token.colorTextSecondary }}>{t('breachRules.actions')}</dt>
                <dd style={{ margin: 0, fontSize: token.fontSizeLG }}>
                  {actionsText(record.rules[group as 'frtNormal'].criticalActions)}
                </dd>
              </div>
            )}
          </dl>
        </GroupCard>
      ))}
    </Flex>
  );
}

/**
 * A number kept in the domain's unit (seconds, a 0–1 rate) and typed in the shown one (minutes,
 * percent). What was typed stays as typed; a change from outside (reset, the fresh values after a
 * conflict) replaces it.
 */
function ScaledInput({
  value,
  unit,
  onChange,
  ...props
}: {
  value: number;
  unit: Unit;
  onChange: (value: number) => void;
  onBlur: () => void;
  name: string;
  id: string;
  status?: 'error';
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}) {
  const text = (v: number) => String(shown(v, unit) ?? '');
  const [state, setState] = useState(() => ({ text: text(value), value }));
  if (!Object.is(state.value, value)) setState({ text: text(value), value });
  return (
    <Input
      {...props}
      type="number"
      inputMode="decimal"
      min={0}
      step={unit === 'minutes' || unit === 'weeks' ? 1 : 0.1}
      value={state.text}
      style={{ width: 180 }}
      onChange={(e) => {
        const next = stored(e.target.value, unit);
        setState({ text: e.target.value, value: next });
        onChange(next);
      }}
    />
  );
}

function errorKey(field: RuleField): string {
  return field.unit === 'minutes' ? 'minutes' : field.unit === 'percent' ? 'percent' : field.unit;
}

function NumberField({
  control,
  group,
  field,
}: {
  control: Control<Values>;
  group: RuleGroup;
  field: RuleField;
}) {
  const { t } = useTranslation('doctors');
  const id = useId();
  return (
    <Controller
      name={fieldName(group, field) as Path<Values>}
      control={control}
      render={({ field: { value, onChange, onBlur, name }, fieldState }) => (
        <Field
          id={id}
          label={t(`breachRules.field.${field.label}`)}
          error={errorText(
            fieldState.error,
            t(`breachRules.errors.${errorKey(field)}`, { min: field.min, max: field.max }),
          )}
        >
          {(props) => (
            <ScaledInput
              {...props}
              name={name}
              unit={field.unit}
              value={value as number}
              onChange={onChange}
              onBlur={onBlur}
            />
          )}
        </Field>
      )}
    />
  );
}

function ActionsField({ control, group }: { control: Control<Values>; group: RuleGroup }) {
  const { t } = useTranslation('doctors');
  const token = useToken();
  const id = useId();
  return (
    <Controller
      name={actionsName(group) as Path<Values>}
      control={control}
      render={({ field: { value, onChange }, fieldState }) => {
        const selected = (value as string[] | undefined) ?? [];
        const error = errorText(fieldState.error, t('breachRules.errors.actions'));
        return (
          <fieldset
            style={{ border: 0, padding: 0, margin: `0 0 ${token.marginLG}px` }}
            aria-describedby={error ? `${id}-error` : undefined}
          >
            <legend style={{ fontSize: token.fontSize, paddingBottom: token.paddingXS }}>
              {t('breachRules.actions')}
            </legend>
            <Flex gap={token.marginMD} wrap>
              {CRITICAL_ACTIONS.map((action) => (
                <label key={action} style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
                  <input
                    type="checkbox"
                    checked={selected.includes(action)}
                    onChange={(e) =>
                      onChange(
                        e.target.checked
                          ? CRITICAL_ACTIONS.filter((a) => a === action || selected.includes(a))
                          : selected.filter((a) => a !== action),
                      )
                    }
                    style={{ width: 18, height: 18, accentColor: token.colorPrimary }}
                  />
                  {t(`breachRules.action.${action}`)}
                </label>
              ))}
            </Flex>
            {error && (
              <div id={`${id}-error`} style={{ color: token.colorError }}>
                {error}
              </div>
            )}
          </fieldset>
        );
      }}
    />
  );
}

/** What differs between the fresh record and what the form holds now, in words. */
function useConflictRows(fresh: BreachRulesRecord, mine: BreachRules | undefined) {
  const { t } = useTranslation('doctors');
  const show = useShow();
  const actionsText = useActionsText();
  if (!mine) return [];
  const rows: string[] = [];
  for (const { group, fields, actions } of RULE_GROUPS) {
    const groupName = t(`breachRules.group.${group}`);
    for (const f of fields) {
      const a = readPath(fresh.rules, group, f.path);
      const b = readPath(mine, group, f.path);
      if (Object.is(a, b)) continue;
      rows.push(
        t('breachRules.conflictRow', {
          field: `${groupName} · ${t(`breachRules.field.${f.label}`)}`,
          fresh: show(a, f.unit),
          mine: show(b, f.unit),
        }),
      );
    }
    if (actions) {
      const a = fresh.rules[group as 'frtNormal'].criticalActions;
      const b = mine[group as 'frtNormal']?.criticalActions ?? [];
      if (a.join() !== b.join())
        rows.push(
          t('breachRules.conflictRow', {
            field: `${groupName} · ${t('breachRules.actions')}`,
            fresh: actionsText(a),
            mine: actionsText(b),
          }),
        );
    }
  }
  return rows;
}

function ConflictNotice({
  fresh,
  control,
  onUseFresh,
}: {
  fresh: BreachRulesRecord;
  control: Control<Values>;
  onUseFresh: () => void;
}) {
  const { t } = useTranslation('doctors');
  const localized = useLocalized();
  const mine = useWatch({ control, name: 'rules' }) as BreachRules | undefined;
  const rows = useConflictRows(fresh, mine);
  const by = fresh.updatedByName ? localized(fresh.updatedByName) : fresh.updatedBy;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t('breachRules.conflict', { by, version: fresh.version })}
      description={
        <div data-testid="breach-rules-conflict">
          {rows.length === 0 ? (
            <p style={{ margin: 0 }}>{t('breachRules.conflictSame')}</p>
          ) : (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {rows.map((row) => (
                <li key={row}>{row}</li>
              ))}
            </ul>
          )}
          {fresh.reason && (
            <p style={{ margin: 0 }}>{t('breachRules.metaReason', { reason: fresh.reason })}</p>
          )}
        </div>
      }
      action={
        <Button size="small" onClick={onUseFresh}>
          {t('breachRules.useFresh')}
        </Button>
      }
    />
  );
}

/** ADM: the whole rule set, a required reason, saved against the version it was based on. */
function RulesForm({ record }: { record: BreachRulesRecord }) {
  const { t } = useTranslation('doctors');
  const token = useToken();
  const { message } = App.useApp();
  const formId = useId();
  const update = useUpdateBreachRules();
  // The version the edit is based on: a refetch in the background must not silently move it.
  const [base, setBase] = useState(record);
  const [conflict, setConflict] = useState<BreachRulesRecord | null>(null);
  const {
    control,
    handleSubmit,
    reset,
    getValues,
    setError,
    formState: { isSubmitting, isDirty },
  } = useForm<Values>({
    resolver: zodResolver(formSchema),
    defaultValues: { rules: record.rules, reason: '' },
  });

  const submit = async (values: z.output<typeof formSchema>) => {
    try {
      const saved = await update.mutateAsync({ version: base.version, ...values });
      setBase(saved);
      setConflict(null);
      reset({ rules: saved.rules, reason: '' });
      void message.success(t('breachRules.saved', { version: saved.version }));
    } catch (error) {
      const fresh = conflictingBreachRules(error);
      if (fresh) {
        // Keep what was typed; the next save is based on the rules as they are now.
        setConflict(fresh);
        setBase(fresh);
        return;
      }
      setServerErrors(error, setError, [...ALL_FIELD_NAMES, 'reason'] as Path<Values>[]);
    }
  };

  const validation = update.error && isApiError(update.error, 'VALIDATION_FAILED') ? update.error : null;
  const refusal = update.error && !isApiError(update.error, 'CONFLICT') && !validation ? update.error : null;

  return (
    <form id={formId} onSubmit={(e) => void handleSubmit(submit)(e)} noValidate>
      <Flex vertical gap={token.marginMD}>
        {conflict && (
          <ConflictNotice
            fresh={conflict}
            control={control}
            onUseFresh={() => {
              reset({ rules: conflict.rules, reason: getValues('reason') });
              setConflict(null);
            }}
          />
        )}
        {refusal && <Alert type="error" showIcon role="alert" title={serverErrorText(t, refusal)} />}
        {validation?.fieldErrors._ && (
          <Alert type="error" showIcon role="alert" title={t('breachRules.nothingChanged')} />
        )}
        {RULE_GROUPS.map(({ group, fields, actions }) => (
          <GroupCard key={group} group={group}>
            <Flex gap={token.marginLG} wrap>
              {fields.map((f) => (
                <NumberField key={f.path} control={control} group={group} field={f} />
              ))}
            </Flex>
            {actions && <ActionsField control={control} group={group} />}
          </GroupCard>
        ))}
        <Card size="small">
          <Controller
            name="reason"
            control={control}
            render={({ field, fieldState }) => (
              <Field
                id={`${formId}-reason`}
                label={t('breachRules.reason')}
                error={errorText(fieldState.error, t('breachRules.errors.reason'))}
              >
                {(props) => <Input.TextArea {...field} {...props} rows={2} maxLength={500} />}
              </Field>
            )}
          />
          <Flex gap={token.marginSM}>
            <Button type="primary" htmlType="submit" loading={update.isPending} disabled={isSubmitting}>
              {t('breachRules.save')}
            </Button>
            <Button
              disabled={!isDirty || isSubmitting}
              onClick={() => {
                reset({ rules: base.rules, reason: '' });
                setConflict(null);
                update.reset();
              }}
            >
              {t('breachRules.reset')}
            </Button>
          </Flex>
        </Card>
      </Flex>
    </form>
  );
}
