import { Injectable } from '@nestjs/common';
import { DomainError, type Tx } from '@freight/platform';
import type { Payment } from '../sales/sale.rules';
import type { Staff } from '../shared/staff';
import type { GatePass, GatePassBasis } from './gate-pass.entity';

export type GatePassDocument = 'sale' | 'replacement' | 'entrusted-requisition' | 'requisition';

/** What a form tells finance about the goods it sends out — or why it may not have a pass yet. */
export interface GateSubject {
  passFor(
    tx: Tx,
    id: string,
    branch: string,
    payment: Payment | undefined,
  ): Promise<{ basis: GatePassBasis; lines: { itemCode: string; quantity: number }[] }>;
  passIssued(tx: Tx, id: string, pass: GatePass, by: Staff, at: Date): Promise<void>;
  leftTheGate?(tx: Tx, id: string, pass: GatePass, at: Date): Promise<void>;
}

/** The forms whose goods leave the company through the gate, each telling what leaves. */
@Injectable()
export class GateSubjects {
  private readonly subjects = new Map<GatePassDocument, GateSubject>();

  on(type: GatePassDocument, subject: GateSubject): void {
    this.subjects.set(type, subject);
  }

  of(type: string): GateSubject {
    const subject = this.subjects.get(type as GatePassDocument);
    if (!subject) throw new Error(`no desk sends ${type} goods through the gate`);
    return subject;
  }
}

export class GatePassRefused extends DomainError {
  constructor(slug: string, detail: string) {
    super(409, slug, detail);
  }
}
