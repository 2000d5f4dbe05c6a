import type { Survey } from './survey.entity';
import { answerSurvey, surveyState } from './survey.rules';

const survey = (): Survey =>
  ({
    id: 'SRV-1',
    branch: 'SH01',
    aboutType: 'order',
    aboutId: 'SH0000000422',
    customerId: 'CUST-SH-0001',
    agent: { userId: 'u-1', username: 'agent' },
    expiresAt: new Date('2026-03-15T00:00:00Z'),
    answeredAt: null,
  }) as Survey;

describe('R23 satisfaction surveys', () => {
  it('R23: one answer, score and comment, while the link is valid', () => {
    const s = survey();
    const { events } = answerSurvey(
      s,
      { score: 4, comment: '好' },
      new Date('2026-03-10T00:00:00Z'),
    );
    expect(s).toMatchObject({
      score: 4,
      comment: '好',
      answeredAt: new Date('2026-03-10T00:00:00Z'),
    });
    expect(events[0]).toMatchObject({
      type: 'complaint.survey.answered',
      data: { score: 4, agent: { username: 'agent' }, about: { type: 'order' } },
    });
    expect(surveyState(s, new Date('2026-03-20T00:00:00Z'))).toBe('answered');
    expect(() => answerSurvey(s, { score: 1 }, new Date('2026-03-11T00:00:00Z'))).toThrow(
      expect.objectContaining({ status: 409, slug: 'survey-already-answered' }),
    );
  });

  it('R23: an expired link is gone (410)', () => {
    expect(surveyState(survey(), new Date('2026-03-15T00:00:00Z'))).toBe('expired');
    expect(() => answerSurvey(survey(), { score: 5 }, new Date('2026-03-16T00:00:00Z'))).toThrow(
      expect.objectContaining({ status: 410, slug: 'survey-expired' }),
    );
  });
});
