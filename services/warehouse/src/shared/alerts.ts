import { staffAlert, type StaffAlertData } from '@freight/contracts';
import type { Tx } from '@freight/platform';

/** "Reported at once" (R29 gate, R34, R38): the gateway streams it live to those roles. */
export function alert(tx: Tx, data: StaffAlertData): Promise<void> {
  return tx.publish(staffAlert('warehouse', data));
}
