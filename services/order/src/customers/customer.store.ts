import type { EntityManager } from 'typeorm';
import { nextSerial, paddedId } from '../shared/serials';
import { Customer } from './customer.entity';
import type { DuplicateCandidate } from './customer.rules';

/** A new customer id in the branch, CUST-SH-0008; ids taken by fixed (demo, imported) ones are skipped. */
export async function freshCustomerId(manager: EntityManager, prefix: string): Promise<string> {
  for (;;) {
    const id = paddedId('CUST', prefix, await nextSerial(manager, `customer:${prefix}`), 4);
    if (!(await manager.existsBy(Customer, { customerId: id }))) return id;
  }
}

/** Files a new one may duplicate (R1): same company in the branch, or a phone in common. */
export function duplicateCandidates(
  manager: EntityManager,
  fresh: Pick<DuplicateCandidate, 'branch' | 'companyKey' | 'phones'>,
): Promise<DuplicateCandidate[]> {
  return manager
    .createQueryBuilder(Customer, 'c')
    .select(['c.customerId', 'c.company', 'c.companyKey', 'c.branch', 'c.phones'])
    .where('(c.branch = :branch AND c.companyKey = :key) OR c.phones && :phones', {
      branch: fresh.branch,
      key: fresh.companyKey,
      phones: fresh.phones,
    })
    .orderBy('c.customerId')
    .limit(20)
    .getMany();
}
