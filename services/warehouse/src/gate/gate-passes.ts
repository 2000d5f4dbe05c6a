import { Injectable } from '@nestjs/common';
import { NotFoundProblem, type Tx } from '@freight/platform';
import { recordStep, saveForm } from '../shared/form.entity';
import { localDate } from '../shared/warehouse-time';
import { book, StockLedger } from '../stock/stock-ledger';
import type { LedgerLine } from '../stock/valuation.rules';
import type { Staff } from '../shared/staff';
import { GatePass } from './gate-pass.entity';
import { GatePassRefused } from './gate-subjects';

/**
 * R29 "仓库见出门证提货联后方可发货": the keeper issues goods only against the pass finance issued
 * for that very form; the pass then waits for the gate guard.
 */
@Injectable()
export class GatePasses {
  constructor(private readonly ledger: StockLedger) {}

  /**
   * Goods out of stock against the pass: the pass checked and marked, the form's lines booked
   * (issues at the card's average), in the caller's transaction. Without `passId` only for
   * forms whose goods stay in the company (`passRequired` false).
   */
  async issueGoods(
    tx: Tx,
    document: { type: string; id: string; branch: string },
    passId: string | undefined,
    lines: LedgerLine[],
    by: Staff,
    at: Date,
    passRequired = true,
  ) {
    if (passRequired) await this.issueAgainst(tx, passId, document, by, at);
    return book(this.ledger, tx, {
      branch: document.branch,
      document: { type: document.type, id: document.id },
      documentDate: localDate(at),
      bookedAt: at,
      bookedBy: by,
      lines,
    });
  }

  async issueAgainst(
    tx: Tx,
    passId: string | undefined,
    document: { type: string; id: string; branch: string },
    by: Staff,
    at: Date,
  ) {
    if (!passId)
      throw new GatePassRefused(
        'gate-pass-missing',
        `${document.id}: goods leave the company only against a gate pass from finance (R29)`,
      );
    const pass = await tx.manager.findOne(GatePass, {
      where: { id: passId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!pass || pass.branch !== document.branch)
      throw new NotFoundProblem(`no gate pass ${passId} in ${document.branch}`);
    if (pass.documentType !== document.type || pass.documentId !== document.id)
      throw new GatePassRefused(
        'gate-pass-mismatch',
        `${pass.id} is for ${pass.documentType} ${pass.documentId}, not ${document.id}`,
      );
    if (pass.status !== 'issued')
      throw new GatePassRefused('gate-pass-used', `goods were already issued against ${pass.id}`);
    pass.status = 'goods-issued';
    pass.goodsIssuedAt = at;
    recordStep(pass, 'goods-issued', by, at);
    await saveForm(tx, pass);
    return pass;
  }
}
