import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { isApiError } from '@careops/api';
import { Alert, Button, Card, Field, Flex, Input, Typography, useToken } from '@careops/design-system';
import {
  AUDIENCES,
  CONTENT_TYPES,
  PURPOSES,
  ruleTestCommandSchema,
  scanContextSchema,
  type RuleRecord,
} from '@careops/domain/content';
import { useLocalized, useTranslation } from '@careops/i18n';
import { useRuleTest } from '../../api/rules';
import { HitList } from './hit-list';
import { NativeSelect } from './native-select';

const ctx = scanContextSchema.shape;
/** Empty selects mean "not given": the scanner then judges a public science article. */
const formSchema = z.object({
  ruleId: z.string(),
  pattern: z.string().max(5000),
  text: ruleTestCommandSchema.shape.text,
  type: ctx.type.unwrap().or(z.literal('')),
  purpose: ctx.purpose.unwrap().or(z.literal('')),
  audience: ctx.audience.unwrap().or(z.literal('')),
});
type TestForm = z.infer<typeof formSchema>;

/**
 * The rule library's dry run, for everyone who may view content: a sample (and optional context)
 * against the whole rule set, one rule, or an unsaved pattern. Nothing is saved.
 */
export function RuleTestTool({ rules }: { rules: readonly RuleRecord[] }) {
  const { t } = useTranslation('content');
  const localized = useLocalized();
  const token = useToken();
  const formId = useId();
  const test = useRuleTest();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<TestForm>({
    resolver: zodResolver(formSchema),
    defaultValues: { ruleId: '', pattern: '', text: '', type: '', purpose: '', audience: '' },
  });

  const submit = handleSubmit((v) => {
    const context = {
      ...(v.type ? { type: v.type } : {}),
      ...(v.purpose ? { purpose: v.purpose } : {}),
      ...(v.audience ? { audience: v.audience } : {}),
    };
    test.mutate({
      text: v.text,
      ...(v.ruleId ? { ruleId: v.ruleId } : {}),
      ...(v.pattern.trim() ? { pattern: v.pattern } : {}),
      ...(Object.keys(context).length > 0 ? { context } : {}),
    });
  });

  const patternError =
    test.error && isApiError(test.error, 'VALIDATION_FAILED')
      ? test.error.fieldErrors['pattern']?.[0]
      : undefined;
  const otherError = test.error && !patternError ? test.error : null;
  const select = (key: 'type' | 'purpose' | 'audience', values: readonly string[], prefix: string) => (
    <div style={{ flex: '1 1 160px' }}>
      <Field id={`${formId}-${key}`} label={t(`rules.test.${key}`)}>
        {(control) => (
          <NativeSelect
            {...register(key)}
            {...control}
            placeholder={t('rules.test.unspecified')}
            options={values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }))}
          />
        )}
      </Field>
    </div>
  );

  return (
    <Card title={t('rules.test.title')}>
      <Typography.Paragraph type="secondary">{t('rules.test.hint')}</Typography.Paragraph>
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate aria-label={t('rules.test.title')}>
        <Field
          id={`${formId}-text`}
          label={t('rules.test.text')}
          error={errors.text ? t('rules.errors.text') : undefined}
        >
          {(control) => {
            const { ref, ...field } = register('text');
            return (
              <Input.TextArea
                {...field}
                {...control}
                ref={(el) => ref(el?.resizableTextArea?.textArea ?? null)}
                rows={4}
              />
            );
          }}
        </Field>
        <Flex gap={token.marginSM} wrap>
          {select('type', CONTENT_TYPES, 'type')}
          {select('purpose', PURPOSES, 'purpose')}
          {select('audience', AUDIENCES, 'audience')}
        </Flex>
        <Flex gap={token.marginSM} wrap>
          <div style={{ flex: '1 1 200px' }}>
            <Field id={`${formId}-rule`} label={t('rules.test.rule')}>
              {(control) => (
                <NativeSelect
                  {...register('ruleId')}
                  {...control}
                  placeholder={t('rules.test.allRules')}
                  options={rules.map((r) => ({ value: r.id, label: `${r.id} ${localized(r.name)}` }))}
                />
              )}
            </Field>
          </div>
          <div style={{ flex: '2 1 320px' }}>
            <Field id={`${formId}-pattern`} label={t('rules.test.pattern')} error={patternError}>
              {(control) => {
                const { ref, ...field } = register('pattern');
                return (
                  <Input
                    {...field}
                    {...control}
                    ref={(el) => ref(el?.input ?? null)}
                    spellCheck={false}
                    autoComplete="off"
                    style={{ fontFamily: token.fontFamilyCode }}
                  />
                );
              }}
            </Field>
          </div>
        </Flex>
        <Button type="primary" htmlType="submit" loading={test.isPending}>
          {t('rules.test.run')}
        </Button>
      </form>
      {otherError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginTop: token.marginSM }}
          title={
            isApiError(otherError) ? t(`error.${otherError.code}`, { ns: 'common' }) : t('rules.test.failed')
          }
        />
      )}
      {test.data && <HitList hits={test.data.hits} />}
    </Card>
  );
}
