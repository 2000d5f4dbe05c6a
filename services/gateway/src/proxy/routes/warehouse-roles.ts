import type { Role } from '../../users/roles';

// Who works the warehouse's routes (R41, issue 24): the warehouse's own people and their
// managers read its forms; each step belongs to the role its rule names.

export const WAREHOUSE_STAFF: readonly Role[] = [
  'warehouse-keeper',
  'workshop-director',
  'qc-inspector',
  'sales',
  'finance',
  'gate-guard',
  'branch-manager',
  'hq-service',
  'general-manager',
  'admin',
];

/** The ledger, cards and reconciliation: the keeper, finance and management. */
export const STOCK_READERS: readonly Role[] = [
  'warehouse-keeper',
  'workshop-director',
  'sales',
  'finance',
  'branch-manager',
  'hq-service',
  'general-manager',
  'admin',
];

/** Everyone the approval policy names (the service checks each kind and limit). */
export const APPROVERS: readonly Role[] = [
  'workshop-director',
  'branch-manager',
  'general-manager',
];

export const KEEPER: readonly Role[] = ['warehouse-keeper'];
export const QC: readonly Role[] = ['qc-inspector'];
export const SALES: readonly Role[] = ['sales'];
export const FINANCE: readonly Role[] = ['finance'];
export const WORKSHOP: readonly Role[] = ['workshop-director'];

/** The monthly assessment list: managers, and finance for payroll (R38). */
export const FINE_READERS: readonly Role[] = [
  'finance',
  'branch-manager',
  'hq-service',
  'general-manager',
  'admin',
];
