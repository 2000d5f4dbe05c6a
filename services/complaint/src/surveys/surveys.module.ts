import { Module } from '@nestjs/common';
import { MailRelay } from '../mail/mail-relay';
import { DeliveredOrdersEventsController } from './delivered-orders.events.controller';
import { SurveyAnswersHandler } from './survey-answers.handler';
import { SurveyIssuer } from './survey-issuer';
import { SurveyQueries } from './survey.queries';
import { PublicSurveysHttpController, SurveysHttpController } from './surveys.http.controller';

/** R23 satisfaction surveys, and the mail that carries their links. */
@Module({
  controllers: [SurveysHttpController, PublicSurveysHttpController],
  providers: [
    SurveyIssuer,
    SurveyAnswersHandler,
    SurveyQueries,
    DeliveredOrdersEventsController,
    MailRelay,
  ],
  exports: [SurveyIssuer, MailRelay],
})
export class SurveysModule {}
