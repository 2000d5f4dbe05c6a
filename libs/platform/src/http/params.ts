import { z } from 'zod';

// Schemas for what arrives in paths and queries, so a malformed id or an absurd number is a 400
// naming the field at the edge, never a database error (issue 19, item 4).

/** An id in a path: printable, no control characters, at most 200 characters. */
export const pathId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\u0000-\u001f\u007f]+$/, 'expected an id without control characters');

/** A UUID id in a path (what the services' databases generate). */
export const uuidId = z.uuid({ error: 'expected a UUID' });

/** An ISO calendar date `YYYY-MM-DD` in a query. */
export const dateParam = z.iso.date({ error: 'expected a date YYYY-MM-DD' });

/** A month `YYYY-MM` in a query (monthly reports, fines, statements). */
export const monthParam = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM');

/** An RFC 3339 instant in a query. */
export const instantParam = z.iso.datetime({ offset: true, error: 'expected an RFC 3339 time' });
