import type { DeskPages } from '../pages';

// The warehouse desk's pages, by the id of the placeholder each replaces (lazy: the first screen stays small).
const forms = () => import('./WarehousePages');

export const PAGES: DeskPages = {
  'inbound-slips': () => forms().then((m) => m.InboundSlipsPage),
  'outbound-slips': () => forms().then((m) => m.OutboundSlipsPage),
  returns: () => forms().then((m) => m.ReturnsPage),
  inspections: () => forms().then((m) => m.InspectionsPage),
  approvals: () => forms().then((m) => m.ApprovalsPage),
  'gate-passes': () => forms().then((m) => m.GatePassesPage),
  requisitions: () => forms().then((m) => m.RequisitionsPage),
  stock: () => import('./StockPage').then((m) => m.StockPage),
};
