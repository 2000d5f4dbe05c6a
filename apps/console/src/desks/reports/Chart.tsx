import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

// The charts a manager reads at a glance (decision 0103: recharts, in the report pages' lazy
// chunks only). The services' own server-rendered charts are shown as they are (ServerChart).

export interface Series {
  key: string;
  name: string;
}

const COLORS = ['#1677ff', '#52c41a', '#fa8c16', '#eb2f96', '#722ed1', '#13c2c2'];

interface ChartProps<T> {
  title: string;
  data: T[];
  x: keyof T & string;
  series: Series[];
  kind?: 'bar' | 'line';
  /** how a value reads on the axis and in the tooltip: `85%`, `¥1,200.00` */
  format?: (value: number) => string;
  height?: number;
}

/** A bar or line chart of `series` over `x`, labelled for screen readers by its title. */
export function Chart<T extends object>({
  title,
  data,
  x,
  series,
  kind = 'bar',
  format,
  height = 260,
}: ChartProps<T>) {
  const axis = (
    <>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey={x as string} />
      <YAxis tickFormatter={format} width={format ? 80 : 50} />
      <Tooltip formatter={format ? (v) => format(Number(v)) : undefined} />
      <Legend />
    </>
  );
  return (
    <figure data-chart={title} style={{ margin: '8px 0 16px' }}>
      <figcaption style={{ fontWeight: 600, marginBottom: 4 }}>{title}</figcaption>
      <div role="img" aria-label={title} style={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%">
          {kind === 'line' ? (
            <LineChart data={data}>
              {axis}
              {series.map((s, i) => (
                <Line
                  key={s.key}
                  dataKey={s.key}
                  name={s.name}
                  stroke={COLORS[i % COLORS.length]}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          ) : (
            <BarChart data={data}>
              {axis}
              {series.map((s, i) => (
                <Bar
                  key={s.key}
                  dataKey={s.key}
                  name={s.name}
                  fill={COLORS[i % COLORS.length]}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          )}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
