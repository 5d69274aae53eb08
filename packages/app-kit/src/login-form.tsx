import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '@careops/api';
import { useAuth } from '@careops/auth';
import {
  Alert,
  Button,
  Field,
  Flex,
  Input,
  LoadingState,
  Surface,
  useToken,
} from '@careops/design-system/core';
import { toFieldErrors } from '@careops/domain';
import { demoAccountsSchema, loginRequestSchema, type LoginRequest, type User } from '@careops/domain/auth';
import { useLocalized, useTranslation } from '@careops/i18n';

export interface LoginFormProps {
  onSuccess: (user: User) => void;
  /** Offer the demo accounts of the mock API. */
  demoAccounts: boolean;
  /** Fixed username (signing in again after the session expired). */
  username?: string;
}

type LoginErrors = Partial<Record<keyof LoginRequest, string>>;

/**
 * Sign-in form of the shell and of every remote's standalone harness. Two fields
 * validated by the domain's schema: plain state rather than react-hook-form, whose
 * 14 KB gzip the sign-in screen cannot afford (every other form uses it).
 */
export function LoginForm({ onSuccess, demoAccounts, username }: LoginFormProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const token = useToken();
  const { login } = useAuth();
  const [values, setValues] = useState<LoginRequest>({ username: username ?? '', password: '' });
  const [errors, setErrors] = useState<LoginErrors>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  const demo = useQuery({
    queryKey: ['mock', 'demo-accounts'],
    queryFn: ({ signal }) => api.get('/__mock/demo-accounts', demoAccountsSchema, { signal }),
    enabled: demoAccounts,
    staleTime: Infinity,
  });

  const submit = async (attempt: LoginRequest) => {
    const parsed = loginRequestSchema.safeParse(attempt);
    if (!parsed.success) {
      const fields = toFieldErrors(parsed.error);
      setErrors({ username: fields['username']?.join(' '), password: fields['password']?.join(' ') });
      return;
    }
    setErrors({});
    setServerError(null);
    setSubmitting(true);
    try {
      onSuccess(await login(parsed.data.username, parsed.data.password));
    } catch (error) {
      if (isApiError(error, 'VALIDATION_FAILED'))
        setErrors({
          username: error.fieldErrors['username']?.join(' '),
          password: error.fieldErrors['password']?.join(' '),
        });
      setServerError(error);
    } finally {
      setSubmitting(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(values);
  };

  const signInAs = (user: User, password: string) => {
    const attempt = { username: user.username, password };
    setValues(attempt);
    void submit(attempt);
  };

  const change = (field: keyof LoginRequest) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  const fieldError = (message: string | undefined) =>
    message === 'required' ? t('login.required') : message;

  return (
    <Flex vertical gap={16}>
      <form onSubmit={onSubmit} noValidate aria-label={t('login.title')}>
        {serverError !== null && (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            title={isApiError(serverError) ? t(`error.${serverError.code}`) : t('state.errorHint')}
          />
        )}
        <Field id="login-username" label={t('login.username')} error={fieldError(errors.username)}>
          {(control) => (
            <Input
              {...control}
              name="username"
              value={values.username}
              onChange={change('username')}
              autoComplete="username"
              disabled={Boolean(username)}
            />
          )}
        </Field>
        <Field id="login-password" label={t('login.password')} error={fieldError(errors.password)}>
          {(control) => (
            <Input.Password
              {...control}
              name="password"
              value={values.password}
              onChange={change('password')}
              autoComplete="current-password"
            />
          )}
        </Field>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          {t('login.submit')}
        </Button>
      </form>

      {demoAccounts && (
        // Shown at once, so the form does not move when the accounts arrive from the mock API.
        <Surface
          size="small"
          title={
            <h2 style={{ fontSize: 15, fontWeight: 600, margin: 0, color: token.colorTextHeading }}>
              {t('login.demoAccounts')}
            </h2>
          }
        >
          <p style={{ margin: '0 0 12px', color: token.colorTextSecondary }}>{t('login.demoNote')}</p>
          {demo.isPending ? (
            <LoadingState />
          ) : demo.isError ? (
            <Alert
              type="error"
              showIcon
              title={isApiError(demo.error) ? t(`error.${demo.error.code}`) : t('state.errorHint')}
              action={
                <Button size="small" onClick={() => void demo.refetch()}>
                  {t('action.retry')}
                </Button>
              }
            />
          ) : (
            <>
              <p style={{ margin: '0 0 12px', color: token.colorTextSecondary }}>
                {t('login.demoPassword', { password: demo.data.password })}
              </p>
              <ul
                aria-label={t('login.demoAccounts')}
                style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 6 }}
              >
                {demo.data.users
                  .filter((u) => !username || u.username === username)
                  .map((user) => (
                    <li key={user.id}>
                      <Button
                        block
                        style={{ justifyContent: 'space-between', height: 'auto', paddingBlock: 6 }}
                        onClick={() => signInAs(user, demo.data.password)}
                        disabled={submitting}
                      >
                        <span style={{ textAlign: 'start', whiteSpace: 'normal' }}>
                          {localized(user.displayName)}{' '}
                          <span style={{ marginInlineStart: 4, color: token.colorTextSecondary }}>
                            {user.username}
                          </span>
                        </span>
                        <span style={{ color: token.colorTextSecondary, whiteSpace: 'nowrap' }}>
                          {t(`role.${user.role}`)}
                        </span>
                      </Button>
                    </li>
                  ))}
              </ul>
            </>
          )}
        </Surface>
      )}
    </Flex>
  );
}
