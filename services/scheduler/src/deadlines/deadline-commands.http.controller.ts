import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { ZodValidation } from '@freight/platform';
import { ArmDeadlineHandler } from './arm-deadline.handler';
import { CancelDeadlineHandler } from './cancel-deadline.handler';
import {
  armDeadlineBody,
  cancelDeadlineBody,
  cancelSubjectBody,
  moveDeadlineBody,
} from './deadline-commands.schemas';
import { deadlineView } from './deadline.view';
import { toRecord } from './deadline.mapper';
import { MoveDeadlineHandler } from './move-deadline.handler';
import { PauseDeadlineHandler } from './pause-deadline.handler';
import { ResumeDeadlineHandler } from './resume-deadline.handler';

/**
 * The scheduler.requests commands over internal HTTP (R39), handled by the same use cases as
 * the Kafka entry point. Services arm through Kafka; this serves the gateway and operators.
 */
@Controller('deadlines')
export class DeadlineCommandsHttpController {
  constructor(
    private readonly arm: ArmDeadlineHandler,
    private readonly move: MoveDeadlineHandler,
    private readonly pause: PauseDeadlineHandler,
    private readonly resume: ResumeDeadlineHandler,
    private readonly cancel: CancelDeadlineHandler,
  ) {}

  /** 201 when armed, 200 when the same arm was already there. */
  @Post()
  async armDeadline(
    @Body(new ZodValidation(armDeadlineBody)) body: z.output<typeof armDeadlineBody>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { deadline, armed } = await this.arm.handle(body);
    reply.status(armed ? 201 : 200);
    return deadlineView(toRecord(deadline));
  }

  @Post('cancel')
  @HttpCode(200)
  async cancelBySubject(
    @Body(new ZodValidation(cancelSubjectBody)) body: z.output<typeof cancelSubjectBody>,
  ) {
    const closed = await this.cancel.handle({ subject: body.subject }, body.reason);
    return { closed: closed.map((d) => deadlineView(toRecord(d))) };
  }

  @Post(':id/move')
  @HttpCode(200)
  async moveDeadline(
    @Param('id') id: string,
    @Body(new ZodValidation(moveDeadlineBody)) body: z.output<typeof moveDeadlineBody>,
  ) {
    return deadlineView(toRecord(await this.move.handle(id, body.due)));
  }

  @Post(':id/pause')
  @HttpCode(200)
  async pauseDeadline(@Param('id') id: string) {
    return deadlineView(toRecord(await this.pause.handle(id)));
  }

  @Post(':id/resume')
  @HttpCode(200)
  async resumeDeadline(@Param('id') id: string) {
    return deadlineView(toRecord(await this.resume.handle(id)));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  async cancelDeadline(
    @Param('id') id: string,
    @Body(new ZodValidation(cancelDeadlineBody)) body: z.output<typeof cancelDeadlineBody>,
  ) {
    const closed = await this.cancel.handle({ deadlineId: id }, body.reason);
    return { closed: closed.map((d) => deadlineView(toRecord(d))) };
  }
}
