import { App, Tabs } from 'antd';
import { useCallback } from 'react';
import { ApiProblem } from '../../api/problem';
import { useAuth } from '../../auth/auth';
import { useT } from '../../i18n/i18n';
import { FormDesk } from './FormDesk';
import {
  useApprovalSpec,
  useEntrustedSpec,
  useGateExitSpec,
  useGatePassSpec,
  useInboundSpec,
  usePurchaseSpec,
  useQcClearanceSpec,
  useRequisitionSpec,
  useReturnSpec,
  useSaleSpec,
} from './specs';

// The warehouse desk's pages (R27–R37), each the generic form desk configured per form type
// (specs.tsx); the stock page is StockPage.tsx.

/** R27: finished-goods inbound slips, with QC's stamp and the keeper's receipt. */
export function InboundSlipsPage() {
  return <FormDesk spec={useInboundSpec()} />;
}

/** R29/R30/R33: outbound slips for sale (with the gate pass finance issues from the slip). */
export function OutboundSlipsPage() {
  return <FormDesk spec={useSaleSpec()} />;
}

/** R31: returns. */
export function ReturnsPage() {
  return <FormDesk spec={useReturnSpec()} />;
}

/** QC's desk: clearances for sale (R29), inbound slips (R27), returns (R31), acceptance notices (R35). */
export function InspectionsPage() {
  const t = useT();
  const clearances = useQcClearanceSpec();
  const inbound = useInboundSpec();
  const returns = useReturnSpec();
  const purchases = usePurchaseSpec();
  return (
    <Tabs
      items={[
        {
          key: 'clearances',
          label: t('warehouse.clearances.title'),
          children: <FormDesk spec={clearances} />,
        },
        {
          key: 'inbound',
          label: t('warehouse.inbound.title'),
          children: <FormDesk spec={{ ...inbound, initialStatus: 'raised', create: undefined }} />,
        },
        {
          key: 'returns',
          label: t('warehouse.returns.title'),
          children: (
            <FormDesk
              spec={{ ...returns, initialStatus: 'awaiting-inspection', create: undefined }}
            />
          ),
        },
        {
          key: 'purchases',
          label: t('warehouse.purchases.title'),
          children: <FormDesk spec={purchases} />,
        },
      ]}
    />
  );
}

/** The managers' queue of approvals (R27, R30, R31, R32, R36, R37). */
export function ApprovalsPage() {
  return <FormDesk spec={useApprovalSpec()} />;
}

/** R29: gate passes (finance issues; the PDF through the gateway) and the gate guard's checks. */
export function GatePassesPage() {
  const t = useT();
  const { client } = useAuth();
  const { message } = App.useApp();
  // the gateway's CSP keeps blob: documents out of the page: the pass is saved as a file
  const openPdf = useCallback(
    async (id: string) => {
      try {
        const pdf = await client.blob(`gate-passes/${id}/pdf`, { accept: 'application/pdf' });
        const url = URL.createObjectURL(pdf);
        const link = document.createElement('a');
        link.href = url;
        link.download = `${id}.pdf`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      } catch (e) {
        message.error(e instanceof ApiProblem ? (e.detail ?? e.title) : String(e));
      }
    },
    [client, message],
  );
  const passes = useGatePassSpec(openPdf);
  const exits = useGateExitSpec();
  return (
    <Tabs
      items={[
        {
          key: 'passes',
          label: t('warehouse.gatePasses.title'),
          children: <FormDesk spec={passes} />,
        },
        {
          key: 'exits',
          label: t('warehouse.gateExits.title'),
          children: <FormDesk spec={exits} />,
        },
      ]}
    />
  );
}

/** R36/R37 requisitions, and R34 entrusted processing. */
export function RequisitionsPage() {
  const t = useT();
  const requisitions = useRequisitionSpec();
  const entrusted = useEntrustedSpec();
  return (
    <Tabs
      items={[
        {
          key: 'requisitions',
          label: t('warehouse.requisitions.title'),
          children: <FormDesk spec={requisitions} />,
        },
        {
          key: 'entrusted',
          label: t('warehouse.entrusted.title'),
          children: <FormDesk spec={entrusted} />,
        },
      ]}
    />
  );
}
