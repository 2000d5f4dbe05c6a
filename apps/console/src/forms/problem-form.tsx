import { Alert, Form, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { ApiProblem, type FieldProblem } from '../api/problem';
import { useT } from '../i18n/i18n';

type NamePath = (string | number)[];

/** `lines.0.weight` (the API's dot path) → `['lines', 0, 'weight']` (an antd Form name). */
export function namePathOf(field: string): NamePath {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const keyOf = (name: NamePath) => JSON.stringify(name);

export interface AppliedProblem {
  /** shown at their field */
  atFields: FieldProblem[];
  /** fields the form does not have (an unknown field, a path parameter): shown above the form */
  elsewhere: FieldProblem[];
}

/**
 * Puts a problem+json answer's `errors[]` on the antd Form's fields (decision 0102): each error
 * whose dot path names a field the form has registered goes under that field; the rest are
 * returned for the form-level alert. `aliases` maps an API field to a form field where they
 * differ (`{ branch: 'branchCode' }`). Several messages for one field are all shown.
 */
export function applyProblem(
  form: FormInstance,
  problem: ApiProblem,
  aliases: Record<string, string> = {},
): AppliedProblem {
  const registered = new Set(form.getFieldsError().map((f) => keyOf(f.name as NamePath)));
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const elsewhere: FieldProblem[] = [];
  const atFields: FieldProblem[] = [];
  for (const error of problem.errors) {
    const name = namePathOf(aliases[error.field] ?? error.field);
    const key = keyOf(name);
    if (!registered.has(key)) {
      elsewhere.push(error);
      continue;
    }
    atFields.push(error);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(error.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  const first = [...byField.values()][0];
  if (first) form.scrollToField(first.name, { focus: true });
  return { atFields, elsewhere };
}

/**
 * A form whose submit calls the API: `onFinish={submit(async (values) => …)}`. A refusal's field
 * errors land on the fields, everything else in `<FormProblem>` above the form; anything that is
 * not an ApiProblem is rethrown.
 */
export function useProblemForm<T>(aliases?: Record<string, string>) {
  const [form] = Form.useForm<T>();
  const [problem, setProblem] = useState<{ problem: ApiProblem; elsewhere: FieldProblem[] }>();
  const [submitting, setSubmitting] = useState(false);
  const submit = useCallback(
    (run: (values: T) => Promise<unknown>) => async (values: T) => {
      setProblem(undefined);
      setSubmitting(true);
      try {
        await run(values);
      } catch (error) {
        if (!(error instanceof ApiProblem)) throw error;
        const { elsewhere } = applyProblem(form, error, aliases);
        setProblem({ problem: error, elsewhere });
      } finally {
        setSubmitting(false);
      }
    },
    [form, aliases],
  );
  return {
    form,
    submit,
    submitting,
    problem: problem?.problem,
    elsewhere: problem?.elsewhere ?? [],
    clear: () => setProblem(undefined),
  };
}

/** The refusal's title and detail, and the errors no field of the form could show. */
export function FormProblem({
  problem,
  elsewhere,
}: {
  problem?: ApiProblem;
  elsewhere: FieldProblem[];
}) {
  const t = useT();
  if (!problem) return null;
  const title =
    problem.status === 0 ? t('problem.offline') : `${problem.title} (${problem.status})`;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      title={title}
      description={
        <>
          {problem.detail && <div>{problem.detail}</div>}
          {elsewhere.map((e) => (
            <div key={`${e.field}:${e.message}`}>
              <code>{e.field}</code>: {e.message}
            </div>
          ))}
        </>
      }
    />
  );
}
