import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '@careops/api';
import { useAuth } from '@careops/auth';
import { Alert, Button, Card, Flex, Form, Input, Tag, Typography } from '@careops/design-system';
import { demoAccountsSchema, loginRequestSchema, type LoginRequest, type User } from '@careops/domain/auth';
import { useLocalized, useTranslation } from '@careops/i18n';

export interface LoginFormProps {
  onSuccess: (user: User) => void;
  /** Offer the demo accounts of the mock API. */
  demoAccounts: boolean;
  /** Fixed username (signing in again after the session expired). */
  username?: string;
}

/** Sign-in form of the shell and of every remote's standalone harness. */
export function LoginForm({ onSuccess, demoAccounts, username }: LoginFormProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { login } = useAuth();
  const [serverError, setServerError] = useState<unknown>(null);
  const { control, handleSubmit, setError, setValue, formState } = useForm<LoginRequest>({
    resolver: zodResolver(loginRequestSchema),
    defaultValues: { username: username ?? '', password: '' },
  });

  const demo = useQuery({
    queryKey: ['mock', 'demo-accounts'],
    queryFn: ({ signal }) => api.get('/__mock/demo-accounts', demoAccountsSchema, { signal }),
    enabled: demoAccounts,
    staleTime: Infinity,
  });

  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      onSuccess(await login(values.username, values.password));
    } catch (error) {
      if (isApiError(error, 'VALIDATION_FAILED')) {
        for (const [field, messages] of Object.entries(error.fieldErrors)) {
          if (field === 'username' || field === 'password') setError(field, { message: messages.join(' ') });
        }
      }
      setServerError(error);
    }
  });

  const signInAs = (user: User, password: string) => {
    setValue('username', user.username);
    setValue('password', password);
    void submit();
  };

  const fieldError = (message: string | undefined) =>
    message === 'required' ? t('login.required') : message;

  return (
    <Flex vertical gap={16}>
      <Form
        layout="vertical"
        onFinish={() => void submit()}
        component="form"
        noValidate
        aria-label={t('login.title')}
      >
        {serverError !== null && (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            title={isApiError(serverError) ? t(`error.${serverError.code}`) : t('state.errorHint')}
          />
        )}
        <Controller
          control={control}
          name="username"
          render={({ field, fieldState }) => (
            <Form.Item
              label={t('login.username')}
              htmlFor="login-username"
              validateStatus={fieldState.error ? 'error' : undefined}
              help={fieldError(fieldState.error?.message)}
            >
              <Input {...field} id="login-username" autoComplete="username" disabled={Boolean(username)} />
            </Form.Item>
          )}
        />
        <Controller
          control={control}
          name="password"
          render={({ field, fieldState }) => (
            <Form.Item
              label={t('login.password')}
              htmlFor="login-password"
              validateStatus={fieldState.error ? 'error' : undefined}
              help={fieldError(fieldState.error?.message)}
            >
              <Input.Password {...field} id="login-password" autoComplete="current-password" />
            </Form.Item>
          )}
        />
        <Button type="primary" htmlType="submit" block loading={formState.isSubmitting}>
          {t('login.submit')}
        </Button>
      </Form>

      {demoAccounts && demo.data && (
        <Card
          size="small"
          title={
            <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
              {t('login.demoAccounts')}
            </Typography.Title>
          }
        >
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            {t('login.demoHint', { password: demo.data.password })}
          </Typography.Paragraph>
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
                    disabled={formState.isSubmitting}
                  >
                    <span style={{ textAlign: 'start', whiteSpace: 'normal' }}>
                      {localized(user.displayName)}{' '}
                      <Typography.Text type="secondary" style={{ marginInlineStart: 4 }}>
                        {user.username}
                      </Typography.Text>
                    </span>
                    <Tag style={{ marginInlineEnd: 0 }}>{t(`role.${user.role}`)}</Tag>
                  </Button>
                </li>
              ))}
          </ul>
        </Card>
      )}
    </Flex>
  );
}
