import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Button, Form, Input } from 'antd';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/problem';
import { renderInConsole } from '../test/render';
import { FormProblem, namePathOf, useProblemForm } from './problem-form';

const refusal = new ApiProblem({
  status: 400,
  type: 'urn:freight:problem:validation',
  title: 'The request is not valid',
  detail: '4 problem(s) in the request body',
  errors: [
    { field: 'username', message: 'expected 3–50 of a-z 0-9 . _ -' },
    { field: 'lines.1.weight', message: 'expected a positive number' },
    { field: 'lines.1.weight', message: 'at most 30000 kg' },
    { field: 'isAdmin', message: 'unknown field' },
  ],
});

function Harness({ answer }: { answer: () => Promise<unknown> }) {
  const { form, submit, problem, elsewhere } = useProblemForm<Record<string, unknown>>();
  return (
    <>
      <FormProblem problem={problem} elsewhere={elsewhere} />
      <Form
        form={form}
        onFinish={submit(answer)}
        initialValues={{ lines: [{ weight: 1 }, { weight: -2 }] }}
      >
        <Form.Item name="username" label="Username">
          <Input />
        </Form.Item>
        <Form.List name="lines">
          {(fields) =>
            fields.map((f) => (
              <Form.Item key={f.key} name={[f.name, 'weight']} label={`Weight ${f.name}`}>
                <Input />
              </Form.Item>
            ))
          }
        </Form.List>
        <Button htmlType="submit">Save</Button>
      </Form>
    </>
  );
}

describe('problem+json errors at the field', () => {
  it('reads the API dot paths as antd names', () => {
    expect(namePathOf('lines.0.weight')).toEqual(['lines', 0, 'weight']);
    expect(namePathOf('consignee.address.city')).toEqual(['consignee', 'address', 'city']);
  });

  it('puts each error under the field it names, and what no field can show above the form', async () => {
    renderInConsole(<Harness answer={() => Promise.reject(refusal)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const username = await screen.findByText('expected 3–50 of a-z 0-9 . _ -');
    expect(username.closest('.ant-form-item')?.querySelector('label')?.textContent).toBe(
      'Username',
    );
    const weight = screen.getByText('expected a positive number').closest('.ant-form-item');
    expect(weight?.querySelector('label')?.textContent).toBe('Weight 1');
    expect(weight?.textContent).toContain('at most 30000 kg');
    expect(screen.getByText('Weight 0').closest('.ant-form-item')?.className).not.toContain(
      'has-error',
    );

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The request is not valid (400)');
    expect(alert.textContent).toContain('isAdmin: unknown field');
    expect(alert.textContent).not.toContain('username');
  });

  it('clears the refusal when the next submit succeeds', async () => {
    let answer: () => Promise<unknown> = () => Promise.reject(refusal);
    renderInConsole(<Harness answer={() => answer()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('alert');
    answer = () => Promise.resolve();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('says the gateway cannot be reached when there is no answer at all', async () => {
    const offline = new ApiProblem({ status: 0, title: 'The gateway cannot be reached' });
    renderInConsole(<Harness answer={() => Promise.reject(offline)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The gateway cannot be reached',
    );
  });
});
