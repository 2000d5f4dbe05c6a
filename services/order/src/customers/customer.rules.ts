import type { OrderHttp } from '@freight/contracts';
import type { z } from 'zod';
import { changesOf, FieldChange } from '../shared/history.rules';
import type { StaffRef } from '../shared/staff';
import type { Customer, DuplicateFlag } from './customer.entity';

// R1: the customer file. Pure rules: what a new file holds, which files it may duplicate, what
// a change changes.

export type NewCustomer = z.output<typeof OrderHttp.newCustomerBody>;
export type CustomerPatch = z.output<typeof OrderHttp.customerPatchBody>;

/**
 * The company name as "the same company" compares it: full-width forms folded (NFKC), case,
 * spaces and punctuation dropped — `华阳精细化工（上海）有限公司` and `华阳精细化工(上海) 有限公司`
 * are one company.
 */
export function companyKey(company: string): string {
  return company
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/** A customer as the duplicate check sees it. */
export type DuplicateCandidate = Pick<
  Customer,
  'customerId' | 'company' | 'companyKey' | 'branch' | 'phones'
>;

/**
 * R1: a new file may duplicate one with the same company name in the same branch, or one with
 * a contact phone in common (in any branch: a phone is one customer's line). It is still opened
 * — the agent may know better (two sites of one group) — but flagged, with the reason.
 */
export function duplicatesOf(
  fresh: Pick<DuplicateCandidate, 'branch' | 'companyKey' | 'phones'>,
  candidates: readonly DuplicateCandidate[],
): DuplicateFlag[] {
  return candidates.flatMap((c): DuplicateFlag[] => {
    const base = { customerId: c.customerId, company: c.company, branch: c.branch };
    if (c.branch === fresh.branch && c.companyKey === fresh.companyKey)
      return [{ ...base, reason: 'same-company' }];
    if (c.phones.some((p) => fresh.phones.includes(p))) return [{ ...base, reason: 'same-phone' }];
    return [];
  });
}

export function openCustomer(
  input: NewCustomer,
  customerId: string,
  duplicates: DuplicateFlag[],
  by: StaffRef,
  now: Date,
  convertedFromLeadId: string | null = null,
): Customer {
  return {
    customerId,
    branch: input.branch,
    company: input.company,
    companyKey: companyKey(input.company),
    contacts: input.contacts,
    phones: [...new Set(input.contacts.map((c) => c.phone))],
    contactNames: input.contacts.map((c) => c.name),
    addresses: input.addresses,
    billingTerms: input.billingTerms,
    email: input.email ?? null,
    possibleDuplicates: duplicates,
    convertedFromLeadId,
    createdAt: now,
    createdBy: by,
    updatedAt: now,
    version: 1,
  };
}

/** R1: the file after a change, and what changed (empty: nothing to record). */
export function changeCustomer(
  customer: Customer,
  patch: CustomerPatch,
  now: Date,
): { customer: Customer; changes: FieldChange[] } {
  const changes = changesOf(
    { ...customer, email: customer.email ?? undefined } as unknown as Record<string, unknown>,
    patch as Record<string, unknown>,
  );
  if (changes.length === 0) return { customer, changes };
  const contacts = patch.contacts ?? customer.contacts;
  const company = patch.company ?? customer.company;
  return {
    changes,
    customer: {
      ...customer,
      company,
      companyKey: companyKey(company),
      contacts,
      phones: [...new Set(contacts.map((c) => c.phone))],
      contactNames: contacts.map((c) => c.name),
      addresses: patch.addresses ?? customer.addresses,
      billingTerms: patch.billingTerms ?? customer.billingTerms,
      email: patch.email === undefined ? customer.email : patch.email,
      updatedAt: now,
      version: customer.version + 1,
    },
  };
}
