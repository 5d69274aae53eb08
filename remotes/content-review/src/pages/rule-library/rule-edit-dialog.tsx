import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { isApiError } from '@careops/api';
import { Alert, App, Button, Field, Flex, Input, Modal, Typography, useToken } from '@careops/design-system';
import {
  RULE_SEVERITIES,
  rulePatchSchema,
  ruleSeveritySchema,
  type RuleRecord,
} from '@careops/domain/content';
import { useLocalized, useTranslation } from '@careops/i18n';
import { conflictingRule, useRuleTest, useUpdateRule } from '../../api/rules';
import { NativeSelect } from './native-select';
import { HitList } from './hit-list';

const formSchema = z.object({
  pattern: rulePatchSchema.shape.pattern.unwrap(),
  severity: ruleSeveritySchema,
  // The library's history says why each rule changed: an edit needs a reason.
  reason: z.string().trim().min(1).max(500),
});
type RuleForm = z.infer<typeof formSchema>;

/** Pattern and severity of one rule (rule.manage); the unsaved pattern can be tried on a sample first. */
export function RuleEditDialog({ rule, onClose }: { rule: RuleRecord; onClose: () => void }) {
  const { t } = useTranslation('content');
  const localized = useLocalized();
  const token = useToken();
  const { message } = App.useApp();
  const formId = useId();
  const update = useUpdateRule();
  const test = useRuleTest();
  const [base, setBase] = useState(rule);
  const [conflict, setConflict] = useState<RuleRecord | null>(null);
  const [sample, setSample] = useState('');
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors },
  } = useForm<RuleForm>({
    resolver: zodResolver(formSchema),
    defaultValues: { pattern: rule.pattern, severity: rule.severity, reason: '' },
  });

  const submit = handleSubmit((values) => {
    update.mutate(
      {
        id: base.id,
        patch: {
          version: base.version,
          // Only what changed, so the history shows the real edit.
          ...(values.pattern !== base.pattern ? { pattern: values.pattern } : {}),
          ...(values.severity !== base.severity ? { severity: values.severity } : {}),
          reason: values.reason,
        },
      },
      {
        onSuccess: (saved) => {
          void message.success(t('rules.saved', { id: saved.id }));
          onClose();
        },
        onError: (error) => {
          const fresh = conflictingRule(error);
          if (fresh) {
            setConflict(fresh);
            setBase(fresh);
            return;
          }
          if (isApiError(error, 'VALIDATION_FAILED')) {
            const pattern = error.fieldErrors['pattern']?.[0];
            if (pattern) setError('pattern', { type: 'server', message: pattern });
          }
        },
      },
    );
  });

  const runTest = () => {
    if (!sample.trim()) return;
    test.mutate({ ruleId: base.id, pattern: getValues('pattern'), text: sample });
  };

  const fieldMessage = (key: keyof RuleForm) => {
    const error = errors[key];
    if (!error) return undefined;
    // The server's message is already in the UI language; the client's own checks are translated here.
    if (error.type === 'server' && error.message) return error.message;
    return t(`rules.errors.${key}`);
  };
  const nothingChanged = update.error && isApiError(update.error, 'VALIDATION_FAILED') && !errors.pattern;
  const refusal =
    update.error && !isApiError(update.error, 'CONFLICT') && !isApiError(update.error, 'VALIDATION_FAILED')
      ? update.error
      : null;
  const testPatternError =
    test.error && isApiError(test.error, 'VALIDATION_FAILED')
      ? test.error.fieldErrors['pattern']?.[0]
      : undefined;

  return (
    <Modal
      open
      width={680}
      title={t('rules.editTitle', { id: rule.id, name: localized(rule.name) })}
      okText={t('action.save', { ns: 'common' })}
      cancelText={t('action.cancel', { ns: 'common' })}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
    >
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate>
        {conflict && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            style={{ marginBottom: token.marginLG }}
            title={t('rules.conflict')}
            description={
              <span data-testid="rule-fresh">
                {t('rules.freshRule', {
                  version: conflict.version,
                  severity: t(`rules.severity.${conflict.severity}`),
                  enabled: t(conflict.enabled ? 'rules.enabled' : 'rules.disabled'),
                  by: conflict.updatedBy ?? '—',
                })}
                <br />
                <Typography.Text code style={{ overflowWrap: 'anywhere' }}>
                  {conflict.pattern}
                </Typography.Text>
              </span>
            }
          />
        )}
        {(refusal ?? nothingChanged) && (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: token.marginLG }}
            title={
              refusal && isApiError(refusal)
                ? t(`error.${refusal.code}`, { ns: 'common' })
                : t('rules.nothingChanged')
            }
          />
        )}
        <Typography.Paragraph type="secondary">
          {t('rules.kindHint', { kind: t(`rules.kind.${rule.kind}`) })}
        </Typography.Paragraph>
        <Field id={`${formId}-pattern`} label={t('rules.pattern')} error={fieldMessage('pattern')}>
          {(control) => {
            const { ref, ...field } = register('pattern');
            return (
              <Input.TextArea
                {...field}
                {...control}
                ref={(el) => ref(el?.resizableTextArea?.textArea ?? null)}
                rows={4}
                spellCheck={false}
                style={{ fontFamily: token.fontFamilyCode }}
              />
            );
          }}
        </Field>
        <Field id={`${formId}-severity`} label={t('rules.severityLabel')} error={fieldMessage('severity')}>
          {(control) => (
            <NativeSelect
              {...register('severity')}
              {...control}
              options={RULE_SEVERITIES.map((s) => ({ value: s, label: t(`rules.severity.${s}`) }))}
            />
          )}
        </Field>
        <Field id={`${formId}-reason`} label={t('rules.reason')} error={fieldMessage('reason')}>
          {(control) => {
            const { ref, ...field } = register('reason');
            return (
              <Input
                {...field}
                {...control}
                ref={(el) => ref(el?.input ?? null)}
                maxLength={500}
                autoComplete="off"
              />
            );
          }}
        </Field>
        <fieldset
          style={{
            border: `1px solid ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadius,
            padding: token.paddingSM,
            margin: 0,
          }}
        >
          <legend style={{ padding: `0 ${token.paddingXXS}px`, fontSize: token.fontSize }}>
            {t('rules.tryPattern')}
          </legend>
          <Field id={`${formId}-sample`} label={t('rules.test.text')} error={testPatternError}>
            {(control) => (
              <Input.TextArea
                {...control}
                rows={3}
                value={sample}
                onChange={(e) => setSample(e.target.value)}
              />
            )}
          </Field>
          <Flex gap={8} align="center">
            <Button onClick={runTest} loading={test.isPending} disabled={!sample.trim()}>
              {t('rules.test.run')}
            </Button>
          </Flex>
          {test.data && <HitList hits={test.data.hits} />}
        </fieldset>
      </form>
    </Modal>
  );
}
