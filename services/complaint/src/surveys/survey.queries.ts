import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { z as zod } from 'zod';
import { DataSource } from 'typeorm';
import type { ComplaintHttp } from '@freight/contracts';
import { Clock, decodeCursor, InjectClock, NotFoundProblem, pageOf } from '@freight/platform';
import { Survey } from './survey.entity';
import { surveyView } from './survey.view';

type SurveysQuery = z.output<typeof ComplaintHttp.surveysQuery>;
const cursorKey = zod.tuple([zod.iso.datetime({ offset: true }), zod.string()]);

/** R23: the branch's surveys and their answers. */
@Injectable()
export class SurveyQueries {
  constructor(
    private readonly dataSource: DataSource,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async byId(id: string) {
    const survey = await this.dataSource.manager.findOneBy(Survey, { id });
    if (!survey) throw new NotFoundProblem(`no survey ${id}`);
    return surveyView(survey, this.clock.now());
  }

  async list(query: SurveysQuery) {
    const now = this.clock.now();
    const descending = query.sort.startsWith('-');
    const qb = this.dataSource.manager
      .createQueryBuilder(Survey, 's')
      .orderBy('s.createdAt', descending ? 'DESC' : 'ASC')
      .addOrderBy('s.id', descending ? 'DESC' : 'ASC')
      .limit(query.limit + 1);
    if (query.branch) qb.andWhere('s.branch = :branch', { branch: query.branch });
    if (query.aboutType) qb.andWhere('s.aboutType = :aboutType', { aboutType: query.aboutType });
    if (query.from) qb.andWhere('s.createdAt >= :from', { from: query.from });
    if (query.to) qb.andWhere('s.createdAt < :to', { to: query.to });
    if (query.state === 'answered') qb.andWhere('s.answeredAt IS NOT NULL');
    if (query.state === 'open') qb.andWhere('s.answeredAt IS NULL AND s.expiresAt > :now', { now });
    if (query.state === 'expired')
      qb.andWhere('s.answeredAt IS NULL AND s.expiresAt <= :now', { now });
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, cursorKey);
      qb.andWhere(`(s.createdAt, s.id) ${descending ? '<' : '>'} (:at, :id)`, { at, id });
    }
    return pageOf(
      await qb.getMany(),
      query.limit,
      (s) => surveyView(s, now),
      (s) => [s.createdAt.toISOString(), s.id],
    );
  }
}
