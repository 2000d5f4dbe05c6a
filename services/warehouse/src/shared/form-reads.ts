import { Get, Inject } from '@nestjs/common';
import { NotFoundProblem, pathId, ValidParam, ValidQuery } from '@freight/platform';
import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { z } from 'zod';
import { listForms, type FormListQuery } from './form-list';

/**
 * `GET /<forms>` (newest first, by branch and status) and `GET /<forms>/{id}` of one form, the
 * same for every desk: a form's controller extends `FormReads(…)` and adds its steps.
 */
export function FormReads<E extends ObjectLiteral & { id: string }>(
  entity: EntityTarget<E>,
  view: (form: E) => unknown,
  query: z.ZodType,
  noun: string,
  /** the page of one form, when it shows more than the list (a count sheet's lines) */
  detail?: (form: E, dataSource: DataSource) => Promise<unknown>,
) {
  class Reads {
    @Inject(DataSource) protected readonly dataSource: DataSource;

    @Get()
    list(@ValidQuery(query) q: FormListQuery) {
      return listForms(this.dataSource.manager, entity, q, view);
    }

    @Get(':id')
    async one(@ValidParam('id', pathId) id: string) {
      const form = await this.dataSource.manager.findOneBy(entity, { id } as never);
      if (!form) throw new NotFoundProblem(`no ${noun} ${id}`);
      return detail ? detail(form, this.dataSource) : view(form);
    }
  }
  return Reads;
}
