import { OrderHttp, staffAlert } from '@freight/contracts';
import { DomainError, ValidationProblem } from '@freight/platform';
import type { z } from 'zod';
import type { NewCustomer } from '../customers/customer.rules';
import type { FieldChange } from '../shared/history.rules';
import type { StaffRef } from '../shared/staff';
import type { Lead } from './lead.entity';

// R9: leads — recorded with their source and notes; a promising one reported at once to the
// department (branch) manager and the general manager; converted into a customer that keeps
// the lead's story.

export type NewLead = z.output<typeof OrderHttp.newLeadBody>;
export type LeadConversion = z.output<typeof OrderHttp.convertLeadBody>;

export class LeadClosed extends DomainError {
  constructor(leadId: string, status: string) {
    super(409, 'lead-closed', `lead ${leadId} is ${status}`);
  }
}

export class LeadAlreadyPromising extends DomainError {
  constructor(leadId: string, at: string) {
    super(409, 'lead-already-promising', `lead ${leadId} was reported promising at ${at}`);
  }
}

export function recordLead(input: NewLead, leadId: string, by: StaffRef, now: Date): Lead {
  return {
    leadId,
    branch: input.branch,
    status: 'new',
    company: input.company,
    contact: input.contact,
    source: input.source,
    notes: input.notes ?? null,
    createdAt: now,
    createdBy: by,
    promising: null,
    customerId: null,
    history: [
      {
        at: now.toISOString(),
        by,
        event: 'recorded',
        detail: `${input.source}${input.notes ? `: ${input.notes}` : ''}`,
      },
    ],
  };
}

/** R9: promising — the department manager and the general manager are told at once. */
export function markPromising(lead: Lead, reason: string, by: StaffRef, now: Date) {
  if (lead.status === 'converted') throw new LeadClosed(lead.leadId, lead.status);
  if (lead.promising) throw new LeadAlreadyPromising(lead.leadId, lead.promising.at);
  const at = now.toISOString();
  const promising: Lead = {
    ...lead,
    status: 'promising',
    promising: { at, by, reason },
    history: [...lead.history, { at, by, event: 'promising', detail: reason }],
  };
  const alert = staffAlert('order', {
    alertId: `lead:${lead.leadId}:promising`,
    rule: 'R9',
    kind: 'lead-promising',
    subject: { type: 'lead', id: lead.leadId, branch: lead.branch },
    roles: ['branch-manager', 'general-manager'],
    title: `Promising lead: ${lead.company} — ${reason}`.slice(0, 200),
    detail: `${lead.contact.name} ${lead.contact.phone ?? lead.contact.email ?? ''} · source ${lead.source} · reported by ${by.username}`,
    raisedAt: at,
    data: { leadId: lead.leadId, company: lead.company, source: lead.source },
  });
  return { lead: promising, alert };
}

/** The customer file a lead becomes (R1), from the lead and what the conversion adds. */
export function customerFromLead(lead: Lead, conversion: LeadConversion): NewCustomer {
  if (lead.status === 'converted') throw new LeadClosed(lead.leadId, lead.status);
  const contacts =
    conversion.contacts ??
    (lead.contact.phone ? [{ ...lead.contact, phone: lead.contact.phone }] : undefined);
  if (!contacts)
    throw new ValidationProblem([
      { field: 'contacts', message: 'the lead has no phone: give the contacts' },
    ]);
  return {
    branch: lead.branch,
    company: lead.company,
    contacts,
    addresses: conversion.addresses,
    billingTerms: conversion.billingTerms,
    ...((conversion.email ?? lead.contact.email)
      ? { email: conversion.email ?? lead.contact.email }
      : {}),
  };
}

/** The lead's story as lines of the customer's history (R9: it keeps its history). */
export const leadHistoryLines = (lead: Lead): FieldChange[] =>
  lead.history.map((h) => ({
    field: `lead.${h.event}`,
    from: null,
    to: { at: h.at, by: h.by.username, detail: h.detail ?? null },
  }));

export function converted(lead: Lead, customerId: string, by: StaffRef, now: Date): Lead {
  return {
    ...lead,
    status: 'converted',
    customerId,
    history: [
      ...lead.history,
      { at: now.toISOString(), by, event: 'converted', detail: customerId },
    ],
  };
}
