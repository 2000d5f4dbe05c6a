import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import type { z } from 'zod';
import { ComplaintHttp as Http } from '@freight/contracts';
import { Actor, CurrentActor, pathId, ValidBody, ValidParam, ValidQuery } from '@freight/platform';
import { actorRef, isHq } from '../shared/actor';
import { ComplaintQueries } from './complaint.queries';
import { RecordFaultHandler } from './record-fault.handler';
import { RecordStepHandler } from './record-step.handler';
import { ComplaintOutcome, RegisterComplaintHandler } from './register-complaint.handler';
import { ReopenComplaintHandler } from './reopen-complaint.handler';
import { ReplyComplaintHandler } from './reply-complaint.handler';
import { ResolveComplaintHandler } from './resolve-complaint.handler';

type Body<S extends z.ZodType> = z.output<S>;
const id = () => ValidParam('id', pathId);

/** The register's internal API (R17, R18, R19, R21 findings): translates only. */
@Controller('complaints')
export class ComplaintsHttpController {
  constructor(
    private readonly queries: ComplaintQueries,
    private readonly register: RegisterComplaintHandler,
    private readonly replies: ReplyComplaintHandler,
    private readonly steps: RecordStepHandler,
    private readonly resolutions: ResolveComplaintHandler,
    private readonly reopenings: ReopenComplaintHandler,
    private readonly faults: RecordFaultHandler,
  ) {}

  @Post()
  async registered(
    @ValidBody(Http.newComplaintBody) body: Body<typeof Http.newComplaintBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.closing(await this.register.handle(body, actorRef(actor)), actor);
  }

  @Get()
  list(@ValidQuery(Http.complaintsQuery) query: Body<typeof Http.complaintsQuery>) {
    return this.queries.list(query);
  }

  @Get(':id')
  get(@id() complaintId: string, @CurrentActor() actor: Actor) {
    return this.queries.byId(complaintId, isHq(actor));
  }

  @Post(':id/steps')
  @HttpCode(200)
  async step(
    @id() complaintId: string,
    @ValidBody(Http.complaintStepBody) body: Body<typeof Http.complaintStepBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.steps.handle(complaintId, body.text, actorRef(actor));
    return this.queries.byId(complaintId, isHq(actor));
  }

  @Post(':id/reply')
  @HttpCode(200)
  async reply(
    @id() complaintId: string,
    @ValidBody(Http.complaintReplyBody) body: Body<typeof Http.complaintReplyBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.replies.handle(complaintId, body, actorRef(actor));
    return this.queries.byId(complaintId, isHq(actor));
  }

  @Post(':id/resolve')
  @HttpCode(200)
  async resolve(
    @id() complaintId: string,
    @ValidBody(Http.complaintResolveBody) body: Body<typeof Http.complaintResolveBody>,
    @CurrentActor() actor: Actor,
  ) {
    return this.closing(await this.resolutions.handle(complaintId, body, actorRef(actor)), actor);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  async reopen(
    @id() complaintId: string,
    @ValidBody(Http.complaintReopenBody) body: Body<typeof Http.complaintReopenBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.reopenings.handle(complaintId, body.reason, actorRef(actor));
    return this.queries.byId(complaintId, isHq(actor));
  }

  @Post(':id/fault')
  @HttpCode(200)
  async fault(
    @id() complaintId: string,
    @ValidBody(Http.complaintFaultBody) body: Body<typeof Http.complaintFaultBody>,
    @CurrentActor() actor: Actor,
  ) {
    const staff = body.staff.map((s) => ({ username: s.username, name: s.name ?? null }));
    await this.faults.handle(complaintId, { staff, note: body.note }, actorRef(actor));
    return this.queries.byId(complaintId, isHq(actor));
  }

  @Post(':id/annotations')
  @HttpCode(200)
  async annotate(
    @id() complaintId: string,
    @ValidBody(Http.complaintAnnotationBody) body: Body<typeof Http.complaintAnnotationBody>,
    @CurrentActor() actor: Actor,
  ) {
    await this.steps.handle(complaintId, body.text, actorRef(actor), { hqAnnotation: true });
    return this.queries.byId(complaintId, true);
  }

  private async closing({ complaint, survey, registered }: ComplaintOutcome, actor: Actor) {
    const view = registered
      ? await this.queries.registered(complaint, registered.steps, registered.company, isHq(actor))
      : await this.queries.byId(complaint.id, isHq(actor));
    return survey
      ? {
          ...view,
          survey: {
            surveyId: survey.survey.id,
            link: survey.link,
            expiresAt: survey.survey.expiresAt.toISOString(),
          },
        }
      : view;
  }
}
