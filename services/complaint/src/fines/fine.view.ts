import type { z } from 'zod';
import type { ComplaintHttp } from '@freight/contracts';
import type { FineLine } from './fine-line.entity';

export function fineLineView(line: FineLine): z.input<typeof ComplaintHttp.fineLineView> {
  return {
    id: line.id,
    month: line.month,
    branch: line.branch,
    kind: line.kind,
    person: { username: line.person, role: line.personRole },
    complaintId: line.complaintId,
    count: line.count,
    amount: {
      amountMinor: line.state === 'issued' ? line.assessedMinor : 0,
      currency: line.currency,
    },
    assessed: { amountMinor: line.assessedMinor, currency: line.currency },
    explanation: line.explanation,
    companyWideNotice: line.notice,
    state: line.state,
    waiver: line.waiver
      ? { reason: line.waiver.reason, by: line.waiver.by, at: line.waiver.at }
      : null,
    issuedAt: line.issuedAt.toISOString(),
    updatedAt: line.updatedAt.toISOString(),
  };
}
