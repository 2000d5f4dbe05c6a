import { pathId } from '@freight/platform';
import type { z } from 'zod';
import type { Role } from '../../users/roles';
import { branchIn, ProxiedRoute, route } from '../proxied-route';

// Helpers for the warehouse's forms (R27–R37): each form has a list, a page per form, a create
// and its steps, all in one shape. The forms are listed in warehouse-desks.routes.ts.

export interface FormRoutes {
  /** `inbound-slips` */
  path: string;
  what: string;
  readers: readonly Role[];
  list: { query: z.ZodObject; response: z.ZodType };
  view: z.ZodType;
  create?: { roles: readonly Role[]; body: z.ZodType; summary: string; example: unknown };
  steps?: {
    step: string;
    roles: readonly Role[];
    body: z.ZodType;
    response?: z.ZodType;
    summary: string;
    example: unknown;
  }[];
}

/** The list, the page, the create and the steps of one form. */
export function formRoutes(form: FormRoutes): ProxiedRoute[] {
  const base = { service: 'warehouse' as const };
  return [
    route({
      ...base,
      method: 'GET',
      path: form.path,
      to: `/${form.path}`,
      roles: form.readers,
      scope: branchIn.query('branch', 'branch'),
      query: form.list.query,
      response: form.list.response,
      summary: `${form.what}: the list, newest first`,
    }),
    route({
      ...base,
      method: 'GET',
      path: `${form.path}/:id`,
      to: `/${form.path}/:id`,
      roles: form.readers,
      scope: branchIn.record('branch'),
      params: { id: pathId },
      response: form.view,
      summary: `One ${form.what.toLowerCase()} with its trail of steps`,
    }),
    ...(form.create
      ? [
          route({
            ...base,
            method: 'POST',
            path: form.path,
            to: `/${form.path}`,
            roles: form.create.roles,
            scope: branchIn.body('branch'),
            body: form.create.body,
            response: form.view,
            status: 201,
            summary: form.create.summary,
            example: form.create.example,
          }),
        ]
      : []),
    ...(form.steps ?? []).map((step) =>
      route({
        ...base,
        method: 'POST',
        path: `${form.path}/:id/${step.step}`,
        to: `/${form.path}/:id/${step.step}`,
        roles: step.roles,
        scope: branchIn.recordAt(`/${form.path}/:id`, 'branch'),
        params: { id: pathId },
        body: step.body,
        response: step.response ?? form.view,
        status: 200,
        summary: step.summary,
        example: step.example,
      }),
    ),
  ];
}
