import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { FormProblem, useProblemForm } from '../forms/problem-form';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { useAuth } from './auth';

interface Credentials {
  username: string;
  password: string;
}

/** POST /api/v1/auth/login; then each role lands on its own home. */
export function SignInPage() {
  const { client, principal, endedBecause } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const { form, submit, submitting, problem, elsewhere } = useProblemForm<Credentials>();
  if (principal) return <Navigate to="/" replace />;
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  return (
    <main className="sign-in">
      <Card style={{ width: 360 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
            {t('app.title')}
          </Typography.Title>
          <LanguageSwitch />
        </div>
        <Typography.Paragraph type="secondary" style={{ marginTop: 4 }}>
          {t('signIn.subtitle')}
        </Typography.Paragraph>
        {endedBecause === 'expired' && !problem && (
          <Alert type="warning" showIcon title={t('signIn.expired')} style={{ marginBottom: 12 }} />
        )}
        <FormProblem problem={problem} elsewhere={elsewhere} />
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={submit(async ({ username, password }) => {
            await client.signIn(username.trim(), password);
            navigate(from, { replace: true });
          })}
        >
          <Form.Item
            name="username"
            label={t('signIn.username')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input autoFocus autoComplete="username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('signIn.password')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('signIn.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
