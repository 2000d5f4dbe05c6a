import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FineLine, fineLineView } from './fine-line.entity';

type LineView = ReturnType<typeof fineLineView>;

/** R38: the month's list — one entry per person and branch, every line explained. */
@Injectable()
export class FinesQueries {
  constructor(private readonly dataSource: DataSource) {}

  async monthly(q: { month: string; branch?: string; username?: string }) {
    const builder = this.dataSource.manager
      .createQueryBuilder(FineLine, 'f')
      .where('f.month = :month', { month: q.month })
      .orderBy('f.branch')
      .addOrderBy('f.username')
      .addOrderBy('f.assessed_at')
      .addOrderBy('f.id');
    if (q.branch) builder.andWhere('f.branch = :branch', { branch: q.branch });
    if (q.username) builder.andWhere('f.username = :username', { username: q.username });
    const people = new Map<
      string,
      { branch: string; person: LineView['person']; lines: LineView[] }
    >();
    for (const line of (await builder.getMany()).map(fineLineView)) {
      const key = `${line.branch}\u0000${line.person.username}`;
      const entry = people.get(key) ?? { branch: line.branch, person: line.person, lines: [] };
      entry.lines.push(line);
      people.set(key, entry);
    }
    return {
      items: [...people.values()].map((p) => ({
        branch: p.branch,
        person: p.person,
        month: q.month,
        totalMinor: p.lines.reduce((sum, l) => sum + l.amountMinor, 0),
        salaryHeld: p.lines.some((l) => l.measure === 'salary-held'),
        lines: p.lines,
      })),
    };
  }
}
