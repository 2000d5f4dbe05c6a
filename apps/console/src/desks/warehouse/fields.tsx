import { Button, Card, Form, Input, InputNumber, Select, Switch } from 'antd';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/en';
import { en } from '../../i18n/en';
import { type Translate, useT } from '../../i18n/i18n';

// The fields of the warehouse's forms, each a Form.Item named after the API's field (its dot
// path as an antd name) so the gateway's errors[] land under it. Validation is the API's.

type Name = string | (string | number)[];

/** An enum value of the API (a status, a result, a kind) in the user's language, else as it is. */
export function valueLabel(t: Translate, value: string): string {
  const key = `warehouse.v.${value}`;
  return key in en ? t(key as MessageKey) : value;
}

export function TextField({ name, label, long }: { name: Name; label: string; long?: boolean }) {
  return (
    <Form.Item name={name} label={label}>
      {long ? <Input.TextArea rows={2} /> : <Input />}
    </Form.Item>
  );
}

export function NumberField({ name, label }: { name: Name; label: string }) {
  return (
    <Form.Item name={name} label={label}>
      <InputNumber style={{ width: '100%' }} />
    </Form.Item>
  );
}

/** Money typed in yuan, sent in fen (the API's `…Minor` fields). */
function YuanInput({
  value,
  onChange,
  id,
}: {
  value?: number;
  onChange?: (fen: number | undefined) => void;
  id?: string;
}) {
  return (
    <InputNumber
      id={id}
      style={{ width: '100%' }}
      prefix="¥"
      step={0.01}
      value={value === undefined ? undefined : value / 100}
      onChange={(v) =>
        onChange?.(v === null || v === undefined ? undefined : Math.round(Number(v) * 100))
      }
    />
  );
}

export function MoneyField({ name, label }: { name: Name; label: string }) {
  return (
    <Form.Item name={name} label={label}>
      <YuanInput />
    </Form.Item>
  );
}

export function SwitchField({ name, label }: { name: Name; label: string }) {
  return (
    <Form.Item name={name} label={label} valuePropName="checked">
      <Switch />
    </Form.Item>
  );
}

export function ChoiceField({
  name,
  label,
  options,
}: {
  name: Name;
  label: string;
  options: readonly string[];
}) {
  const t = useT();
  return (
    <Form.Item name={name} label={label}>
      <Select allowClear options={options.map((o) => ({ value: o, label: valueLabel(t, o) }))} />
    </Form.Item>
  );
}

/** `YYYY-MM-DD` as the API takes it. */
export function DateField({ name, label }: { name: Name; label: string }) {
  return (
    <Form.Item name={name} label={label}>
      <Input placeholder="YYYY-MM-DD" />
    </Form.Item>
  );
}

/** A form's lines (`lines.0.quantity`): each line's fields, add and remove. */
export function LinesField({
  name = 'lines',
  label,
  line,
}: {
  name?: string;
  label: string;
  line: (index: number) => ReactNode;
}) {
  const t = useT();
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <>
          {rows.map((row) => (
            <Card
              key={row.key}
              size="small"
              style={{ marginBottom: 8 }}
              title={`${label} ${row.name + 1}`}
              extra={
                rows.length > 1 && (
                  <Button size="small" type="link" onClick={() => remove(row.name)}>
                    {t('warehouse.removeLine')}
                  </Button>
                )
              }
            >
              {line(row.name)}
            </Card>
          ))}
          <Form.Item>
            <Button onClick={() => add({})}>{t('warehouse.addLine')}</Button>
          </Form.Item>
        </>
      )}
    </Form.List>
  );
}
