import type { CallView } from './types';

// Where the complaint desk's records open: the placeholders' routes with a query, so no route
// of the shell changes (`/desk/new-call?call=…`, `/desk/complaint-register?complaint=…`).

export const callHref = (id: string) => `/desk/new-call?call=${encodeURIComponent(id)}`;
export const complaintHref = (id: string) =>
  `/desk/complaint-register?complaint=${encodeURIComponent(id)}`;

/** The complaint form, prefilled from a call (registering it answers the call) or a caller. */
export function newComplaintHref(
  from: Pick<CallView, 'id' | 'caller' | 'customer'> | Record<string, string | undefined>,
): string {
  const query = new URLSearchParams({ complaint: 'new' });
  if ('caller' in from && typeof from.caller === 'object' && from.caller) {
    const call = from as Pick<CallView, 'id' | 'caller' | 'customer'>;
    query.set('call', call.id);
    if (call.caller.name) query.set('name', call.caller.name);
    if (call.caller.phone) query.set('phone', call.caller.phone);
    if (call.customer) query.set('customerId', call.customer.customerId);
  } else {
    for (const [k, v] of Object.entries(from as Record<string, string | undefined>))
      if (v) query.set(k, v);
  }
  return `/desk/new-call?${query}`;
}
