import { useId, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { isApiError } from '@careops/api';
import { Alert, App, Button, Field, Input, Typography, useToken } from '@careops/design-system';
import {
  REASON_CODES,
  REVIEW_DECISIONS,
  reviewDecisionSchema,
  suggestReasons,
  validateDecision,
  type ReviewTask,
} from '@careops/domain/content';
import { useLocalized, useTranslation } from '@careops/i18n';
import { claimHolder, currentTask, refusalReason, useDecideTask } from '../api/tasks';
import { refusalText } from './refusal';

// The domain's own rule (reasons for return/reject, a comment for R99); its messages are replaced by the UI's.
const formSchema = z
  .object({
    decision: reviewDecisionSchema,
    reasonCodes: z.array(z.string()),
    comment: z.string().max(2000),
  })
  .superRefine((value, ctx) => {
    for (const path of Object.keys(validateDecision(value) ?? {}))
      ctx.addIssue({ code: 'custom', path: [path], message: path });
  });
type DecisionValues = z.infer<typeof formSchema>;

export interface DecisionFormProps {
  task: ReviewTask;
  /** Rule ids of the version's open hits: their reasons are suggested. */
  ruleIds: readonly string[];
  onDecided: (task: ReviewTask) => void;
}

/**
 * Pass, return or reject the claimed task. Every refusal of the server is shown in the form, which
 * keeps what was typed: four-eyes, author organisation, a missing claim, and on 409 the task as it
 * is now.
 */
export function DecisionForm({ task, ruleIds, onDecided }: DecisionFormProps) {
  const { t } = useTranslation('content');
  const localized = useLocalized();
  const token = useToken();
  const { message } = App.useApp();
  const id = useId();
  const decide = useDecideTask();
  const [fresh, setFresh] = useState<ReviewTask>();
  const suggested = useMemo(() => suggestReasons(ruleIds), [ruleIds]);
  const {
    control,
    register,
    handleSubmit,
    setValue,
    getValues,
    setError,
    formState: { errors },
  } = useForm<DecisionValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { decision: 'pass', reasonCodes: [], comment: '' },
  });
  const decision = useWatch({ control, name: 'decision' });

  const submit = handleSubmit((values) => {
    setFresh(undefined);
    const comment = values.comment.trim();
    decide.mutate(
      {
        task,
        command: {
          version: task.version,
          decision: values.decision,
          reasonCodes: values.reasonCodes,
          ...(comment ? { comment } : {}),
        },
      },
      {
        onSuccess: (result) => {
          void message.success(t(`decision.done.${values.decision}`));
          onDecided(result.task);
        },
        onError: (error) => {
          const current = currentTask(error);
          if (current) setFresh(current);
          if (isApiError(error, 'VALIDATION_FAILED')) {
            for (const field of ['reasonCodes', 'comment'] as const)
              if (error.fieldErrors[field]) setError(field, { type: 'server', message: field });
          }
        },
      },
    );
  });

  const fieldError = (field: 'reasonCodes' | 'comment') => {
    const error = errors[field];
    if (!error) return undefined;
    if (field === 'comment' && error.type === 'too_big') return t('decision.errors.commentTooLong');
    return t(`decision.errors.${field}`);
  };

  const failure = decide.error;
  const holder = claimHolder(failure);
  const reason = refusalReason(failure);
  let failureText: string | undefined;
  if (failure) {
    if (holder)
      failureText = t('queue.claimedByOther', { name: holder.name ? localized(holder.name) : holder.id });
    else if (reason) failureText = refusalText(t, reason, task.stage);
    else if (fresh && fresh.status === 'open' && !fresh.claimedBy)
      failureText = t('decision.refusal.NOT_CLAIMED');
    else if (fresh) failureText = t('decision.stale');
    else if (isApiError(failure, 'INVALID_TRANSITION')) failureText = t('decision.refusal.CLOSED');
    else if (isApiError(failure, 'VALIDATION_FAILED')) failureText = t('decision.errors.invalid');
    else failureText = t('decision.failed');
  }

  const toggleReason = (code: string, checked: boolean) => {
    const current = getValues('reasonCodes');
    setValue('reasonCodes', checked ? [...current, code] : current.filter((c) => c !== code), {
      shouldValidate: errors.reasonCodes !== undefined || errors.comment !== undefined,
    });
  };
  const commentField = register('comment');
  const nativeControl = { accentColor: token.colorPrimary, width: 16, height: 16, marginInlineEnd: 8 };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('decision.title')}>
      {failureText && (
        <Alert
          type={fresh || holder ? 'warning' : 'error'}
          showIcon
          role="alert"
          style={{ marginBottom: token.marginLG }}
          title={failureText}
          description={
            fresh ? (
              <span data-testid="decision-fresh">
                {t('decision.freshState', {
                  status: t(`decision.taskStatus.${fresh.status}`),
                  version: fresh.version,
                })}
              </span>
            ) : undefined
          }
        />
      )}
      <fieldset style={{ border: 0, padding: 0, margin: `0 0 ${token.marginLG}px` }}>
        <legend style={{ paddingBottom: token.paddingXS, color: token.colorText }}>
          {t('decision.decision')}
        </legend>
        <Controller
          control={control}
          name="decision"
          render={({ field }) => (
            <div style={{ display: 'flex', gap: token.marginLG, flexWrap: 'wrap' }}>
              {REVIEW_DECISIONS.map((d) => (
                <label
                  key={d}
                  style={{ display: 'inline-flex', alignItems: 'center', color: token.colorText }}
                >
                  <input
                    type="radio"
                    name={field.name}
                    value={d}
                    checked={field.value === d}
                    onChange={() => {
                      field.onChange(d);
                      // A return or reject needs reasons: start from what the hits suggest.
                      if (d !== 'pass' && getValues('reasonCodes').length === 0 && suggested.length)
                        setValue('reasonCodes', suggested);
                    }}
                    onBlur={field.onBlur}
                    style={nativeControl}
                  />
                  {t(`decision.option.${d}`)}
                </label>
              ))}
            </div>
          )}
        />
      </fieldset>
      <Controller
        control={control}
        name="reasonCodes"
        render={({ field }) => (
          <fieldset
            style={{ border: 0, padding: 0, margin: `0 0 ${token.marginLG}px` }}
            aria-describedby={errors.reasonCodes ? `${id}-reasons-error` : undefined}
          >
            <legend style={{ paddingBottom: token.paddingXS, color: token.colorText }}>
              {t(decision === 'pass' ? 'decision.reasonsOptional' : 'decision.reasons')}
            </legend>
            {suggested.length > 0 && (
              <Typography.Paragraph type="secondary" style={{ marginBottom: token.marginXS }}>
                {t('decision.suggestedHint', { codes: suggested.join(', ') })}
              </Typography.Paragraph>
            )}
            <div style={{ display: 'grid', gap: token.marginXXS }}>
              {REASON_CODES.map((r) => (
                <label key={r.code} style={{ display: 'flex', alignItems: 'center', color: token.colorText }}>
                  <input
                    type="checkbox"
                    value={r.code}
                    checked={field.value.includes(r.code)}
                    onChange={(e) => toggleReason(r.code, e.target.checked)}
                    style={nativeControl}
                  />
                  <span>
                    {r.code} {localized(r.label)}
                    {suggested.includes(r.code) && (
                      <Typography.Text type="secondary"> · {t('decision.suggested')}</Typography.Text>
                    )}
                  </span>
                </label>
              ))}
            </div>
            {errors.reasonCodes && (
              <div id={`${id}-reasons-error`} style={{ color: token.colorError, marginTop: token.marginXXS }}>
                {fieldError('reasonCodes')}
              </div>
            )}
          </fieldset>
        )}
      />
      <Field id={`${id}-comment`} label={t('decision.comment')} error={fieldError('comment')}>
        {(props) => (
          <Input.TextArea
            {...commentField}
            {...props}
            ref={(el) => commentField.ref(el?.resizableTextArea?.textArea ?? null)}
            rows={3}
            maxLength={2000}
          />
        )}
      </Field>
      <Button
        type="primary"
        htmlType="submit"
        danger={decision === 'reject'}
        loading={decide.isPending}
        autoInsertSpace={false}
      >
        {t(`decision.submit.${decision}`)}
      </Button>
    </form>
  );
}
