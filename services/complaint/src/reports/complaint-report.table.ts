import type { z } from 'zod';
import type { ComplaintHttp } from '@freight/contracts';
import type { Column, VegaLiteSpec } from '@freight/documents';
import { yuan } from '../fines/fine.rules';

type BranchReport = z.input<typeof ComplaintHttp.branchComplaintReport>;

export interface ReportLine {
  branch: string;
  section: string;
  item: string;
  value: string | number;
}

/** R20 as a sheet: one line per figure (branch, section, item, value) — filters and pivots well. */
export const REPORT_COLUMNS: Column<ReportLine>[] = [
  { key: 'branch', header: '分公司 branch', width: 10 },
  { key: 'section', header: '类别 section', width: 22 },
  { key: 'item', header: '项目 item', width: 34 },
  { key: 'value', header: '数值 value', width: 14 },
];

export function reportLines(items: BranchReport[]): ReportLine[] {
  return items.flatMap((r) => {
    const line = (section: string, item: string, value: string | number | null) => ({
      branch: r.branch,
      section,
      item,
      value: value ?? '',
    });
    return [
      line('complaints 投诉', 'total 总数', r.complaints.total),
      line('complaints 投诉', 'solved on the call 当场解决', r.complaints.solvedOnCall),
      line('complaints 投诉', 'important 重要', r.complaints.important),
      line('complaints 投诉', 'closed 已结案', r.complaints.closed),
      line('complaints 投诉', 'open 未结案', r.complaints.open),
      ...r.byCause.map((c) => line('by cause 按原因', c.label, c.count)),
      line('first reply 首次答复', 'median minutes 中位数(分钟)', r.firstReply.medianMinutes),
      line('first reply 首次答复', 'p90 minutes 90分位(分钟)', r.firstReply.p90Minutes),
      line('first reply 首次答复', 'within 1 hour 1小时内', r.firstReply.withinDeadline),
      line(
        'first reply 首次答复',
        'share within 1 hour 1小时内占比',
        r.firstReply.withinDeadlineShare,
      ),
      line('resolution 结案', 'median minutes 中位数(分钟)', r.resolution.medianMinutes),
      line('resolution 结案', 'p90 minutes 90分位(分钟)', r.resolution.p90Minutes),
      ...r.escalations.map((e) => line('escalations 升级', `level ${e.level} ${e.role}`, e.count)),
      ...r.repeatComplainants.map((c) =>
        line('repeat complainants 重复投诉', c.customerId ?? c.phone ?? '?', c.count),
      ),
      line('calls 来电', 'total 总数', r.calls.total),
      line('calls 来电', 'answered in time 按时答复', r.calls.answeredWithinDeadline),
      line('calls 来电', 'awaiting an answer 待答复', r.calls.awaiting),
      line('fines 罚款', 'amount CNY 金额(元)', yuan(r.fines.amount.amountMinor)),
      line('fines 罚款', 'lines 笔数', r.fines.lines),
      line('fines 罚款', 'waived 免除', r.fines.waived),
      line('satisfaction 满意度', 'answers 答卷', r.satisfaction.answered),
      line('satisfaction 满意度', 'average score 平均分', r.satisfaction.average),
    ];
  });
}

/** R20: one chart per branch — its complaints by cause, with the month's reply record. */
export function causeChart(month: string, r: BranchReport): VegaLiteSpec {
  const share = r.firstReply.withinDeadlineShare;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: `${r.branch} ${month} 投诉原因 complaints by cause (${r.complaints.total})`,
      subtitle: `首次答复中位数 first reply median ${r.firstReply.medianMinutes ?? '–'} min · 1 小时内 within 1 h ${share === null ? '–' : `${Math.round(share * 100)}%`} · 罚款 fines ${yuan(r.fines.amount.amountMinor)} CNY`,
    },
    width: 480,
    height: { step: 24 },
    data: { values: r.byCause.map((c) => ({ cause: c.label, count: c.count })) },
    mark: { type: 'bar', color: '#c0392b' },
    encoding: {
      y: { field: 'cause', type: 'nominal', sort: '-x', title: null },
      x: {
        field: 'count',
        type: 'quantitative',
        title: '投诉 complaints',
        axis: { tickMinStep: 1 },
      },
    },
  };
}
