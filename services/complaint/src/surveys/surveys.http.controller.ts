import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import type { z } from 'zod';
import { ComplaintHttp } from '@freight/contracts';
import { pathId, ValidBody, ValidParam, ValidQuery } from '@freight/platform';
import { SurveyAnswersHandler } from './survey-answers.handler';
import { SurveyQueries } from './survey.queries';
import { publicSurveyView } from './survey.view';

const THANKS = '感谢您的评价！Thank you for your answer.';

/** R23 for staff: the branch's surveys, and a fresh link to give a customer. */
@Controller('surveys')
export class SurveysHttpController {
  constructor(
    private readonly queries: SurveyQueries,
    private readonly answers: SurveyAnswersHandler,
  ) {}

  @Get()
  list(@ValidQuery(ComplaintHttp.surveysQuery) query: z.output<typeof ComplaintHttp.surveysQuery>) {
    return this.queries.list(query);
  }

  @Get(':id')
  get(@ValidParam('id', pathId) id: string) {
    return this.queries.byId(id);
  }

  @Post(':id/link')
  @HttpCode(200)
  async link(@ValidParam('id', pathId) id: string) {
    const { survey, link } = await this.answers.newLink(id);
    return {
      surveyId: survey.id,
      branch: survey.branch,
      link,
      expiresAt: survey.expiresAt.toISOString(),
    };
  }
}

/** R23 for the customer: the tokenised link's form and its one answer (no sign-in). */
@Controller('public/surveys')
export class PublicSurveysHttpController {
  constructor(private readonly answers: SurveyAnswersHandler) {}

  @Get(':token')
  async form(@ValidParam('token', ComplaintHttp.publicToken) token: string) {
    return publicSurveyView(await this.answers.open(token));
  }

  @Post(':token')
  async answer(
    @ValidParam('token', ComplaintHttp.publicToken) token: string,
    @ValidBody(ComplaintHttp.publicSurveyAnswerBody)
    body: z.output<typeof ComplaintHttp.publicSurveyAnswerBody>,
  ) {
    const survey = await this.answers.answer(token, body);
    return { answeredAt: survey.answeredAt!.toISOString(), thanks: THANKS };
  }
}
