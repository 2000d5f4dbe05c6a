import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectServiceConfig } from '@freight/platform';
import type { EntityManager } from 'typeorm';
import type { Outgoing } from '../complaints/complaint.rules';
import type { ComplaintConfig } from '../config';
import { KnownCustomer } from '../read-models/known-customer.entity';
import { newLinkToken } from '../shared/link-token';
import { queueMail } from '../mail/mail-queue';
import { Survey, SurveyAgent } from './survey.entity';

export interface SurveyRequest {
  branch: string;
  about: { type: 'complaint' | 'order'; id: string };
  round?: number;
  customerId: string | null;
  agent: SurveyAgent | null;
}

export interface IssuedSurvey {
  survey: Survey;
  /** the only time the link exists in the clear: shown to the agent, or mailed */
  link: string;
  events: Outgoing[];
}

const DAY_MS = 86_400_000;

/**
 * R23: a survey after a closed complaint or a delivered order, in the caller's transaction. The
 * link goes to the customer's e-mail when the desk knows it (through the mail queue, after
 * commit) and back to the caller (the agent gives it on the phone or by SMS).
 */
@Injectable()
export class SurveyIssuer {
  constructor(@InjectServiceConfig() private readonly config: ComplaintConfig) {}

  link(token: string): string {
    return `${this.config.PUBLIC_LINK_BASE}/surveys/${token}`;
  }

  /** null when this complaint round or this delivery has its survey already. */
  async issue(
    manager: EntityManager,
    request: SurveyRequest,
    now: Date,
  ): Promise<IssuedSurvey | null> {
    const round = request.round ?? 1;
    const existing = await manager.findOneBy(Survey, {
      aboutType: request.about.type,
      aboutId: request.about.id,
      round,
    });
    if (existing) return null;
    const { token, hash } = newLinkToken();
    const customer = request.customerId
      ? await manager.findOneBy(KnownCustomer, { customerId: request.customerId })
      : null;
    const mailTo = this.config.SMTP_URL ? (customer?.email ?? null) : null;
    const survey = Object.assign(new Survey(), {
      id: `SRV-${randomUUID()}`,
      branch: request.branch,
      aboutType: request.about.type,
      aboutId: request.about.id,
      round,
      customerId: request.customerId,
      agent: request.agent,
      tokenHash: hash,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.config.SURVEY_VALID_DAYS * DAY_MS),
      answeredAt: null,
      score: null,
      comment: null,
      mailedTo: mailTo,
    } satisfies Survey);
    await manager.insert(Survey, survey);
    const link = this.link(token);
    if (mailTo) await queueMail(manager, surveyMail(mailTo, survey, link), now);
    return {
      survey,
      link,
      events: [
        {
          type: 'complaint.survey.issued',
          data: {
            surveyId: survey.id,
            branch: survey.branch,
            about: request.about,
            ...(survey.customerId ? { customerId: survey.customerId } : {}),
            issuedAt: now.toISOString(),
            expiresAt: survey.expiresAt.toISOString(),
          },
        },
      ],
    };
  }
}

function surveyMail(to: string, survey: Survey, link: string) {
  const what =
    survey.aboutType === 'order'
      ? `运单 waybill ${survey.aboutId}`
      : `投诉 complaint ${survey.aboutId}`;
  return {
    to,
    subject: `请为我们的服务打分 How did we do? (${what})`,
    text: [
      '尊敬的客户，您好：',
      `感谢您选择我们。关于${what}，请花一分钟为我们的服务打分（1–5 分）：`,
      link,
      `链接有效期至 ${survey.expiresAt.toISOString().slice(0, 10)}。`,
      '',
      `Thank you for shipping with us. Please rate our service on ${what} (1–5):`,
      link,
      `The link works until ${survey.expiresAt.toISOString().slice(0, 10)}.`,
    ].join('\n'),
  };
}
