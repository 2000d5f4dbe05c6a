import { Descriptions, Table } from 'antd';
import { formatInstant } from '../../format/time';
import { useT } from '../../i18n/i18n';
import {
  ChoiceField,
  DateField,
  LinesField,
  MoneyField,
  NumberField,
  SwitchField,
  TextField,
} from './fields';
import type { FormDeskSpec } from './FormDesk';
import type {
  Approval,
  EntrustedRequisition,
  GateExit,
  GatePass,
  InboundSlip,
  Inspection,
  PurchaseReceipt,
  QcClearance,
  Requisition,
  Return,
  Sale,
} from './types';
import { yuan } from './types';

// Each warehouse form as the generic desk shows it (R27–R37): its list's columns, its page, its
// create and its steps with the roles the gateway's routes name
// (services/gateway/src/proxy/routes/warehouse-*.routes.ts).

const KEEPER = ['warehouse-keeper'];
const QC = ['qc-inspector'];
const SALES = ['sales'];
const FINANCE = ['finance'];
const WORKSHOP = ['workshop-director'];
const APPROVERS = ['workshop-director', 'branch-manager', 'general-manager'];

function InspectionItem({ inspection }: { inspection: Inspection | null }) {
  const t = useT();
  return (
    <Descriptions.Item label={t('warehouse.inspection')}>
      {inspection
        ? `${inspection.result} · ${inspection.reportNo} · ${inspection.by.username} · ${formatInstant(inspection.at)}${inspection.findings ? ` — ${inspection.findings}` : ''}`
        : '—'}
    </Descriptions.Item>
  );
}

function inspectionFields(t: ReturnType<typeof useT>, results: readonly string[]) {
  return (
    <>
      <ChoiceField name="result" label={t('warehouse.f.result')} options={results} />
      <TextField name="reportNo" label={t('warehouse.f.reportNo')} />
      <TextField name="findings" label={t('warehouse.f.findings')} long />
    </>
  );
}

/** R27: finished goods in — the slip, the director's signature, QC's stamp, the keeper's receipt. */
export function useInboundSpec(): FormDeskSpec<InboundSlip> {
  const t = useT();
  return {
    path: 'inbound-slips',
    title: t('warehouse.inbound.title'),
    statuses: ['raised', 'received', 'rejected'],
    columns: [
      { title: t('warehouse.f.receivingUnit'), dataIndex: 'receivingUnit' },
      { title: t('warehouse.f.slipDate'), dataIndex: 'slipDate' },
      {
        title: t('warehouse.lines'),
        key: 'lines',
        render: (_, s) =>
          s.lines.map((l) => `${l.drawingNo ?? '?'} × ${l.quantity ?? '?'}`).join(', '),
      },
      {
        title: t('warehouse.inspection'),
        key: 'qc',
        render: (_, s) => s.inspection?.result ?? '—',
      },
    ],
    details: (s) => (
      <>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('warehouse.f.receivingUnit')}>
            {s.receivingUnit ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('warehouse.f.slipDate')}>
            {s.slipDate ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('warehouse.directorSignature')}>
            {s.directorSignature
              ? `${s.directorSignature.by.username} · ${formatInstant(s.directorSignature.at)}`
              : t('warehouse.awaitingApproval', { id: s.approvalId })}
          </Descriptions.Item>
          <InspectionItem inspection={s.inspection} />
        </Descriptions>
        <Table
          size="small"
          style={{ marginTop: 8 }}
          pagination={false}
          dataSource={s.lines.map((line, key) => ({ ...line, key }))}
          columns={[
            { title: t('warehouse.f.drawingNo'), dataIndex: 'drawingNo' },
            { title: t('warehouse.f.name'), dataIndex: 'name' },
            { title: t('warehouse.f.specification'), dataIndex: 'specification' },
            { title: t('warehouse.f.quantity'), dataIndex: 'quantity' },
            { title: t('warehouse.f.unitPrice'), dataIndex: 'unitPriceMinor', render: yuan },
            { title: t('warehouse.f.amount'), dataIndex: 'amountMinor', render: yuan },
            { title: t('warehouse.f.labourHours'), dataIndex: 'labourHours' },
          ]}
        />
      </>
    ),
    create: {
      label: t('warehouse.inbound.create'),
      roles: [...WORKSHOP, ...KEEPER],
      initialValues: { lines: [{}] },
      fields: (
        <>
          <TextField name="receivingUnit" label={t('warehouse.f.receivingUnit')} />
          <DateField name="slipDate" label={t('warehouse.f.slipDate')} />
          <LinesField
            label={t('warehouse.line')}
            line={(i) => (
              <>
                <TextField name={[i, 'drawingNo']} label={t('warehouse.f.drawingNo')} />
                <TextField name={[i, 'name']} label={t('warehouse.f.name')} />
                <TextField name={[i, 'specification']} label={t('warehouse.f.specification')} />
                <NumberField name={[i, 'quantity']} label={t('warehouse.f.quantity')} />
                <MoneyField name={[i, 'unitPriceMinor']} label={t('warehouse.f.unitPrice')} />
                <MoneyField name={[i, 'amountMinor']} label={t('warehouse.f.amount')} />
                <NumberField name={[i, 'labourHours']} label={t('warehouse.f.labourHours')} />
              </>
            )}
          />
        </>
      ),
    },
    actions: [
      {
        key: 'inspection',
        label: t('warehouse.step.inspection'),
        roles: QC,
        when: (s) => s.status === 'raised' && !s.inspection,
        fields: inspectionFields(t, ['passed', 'failed']),
        initialValues: () => ({ result: 'passed' }),
      },
      {
        key: 'receipt',
        label: t('warehouse.step.receipt'),
        roles: KEEPER,
        when: (s) => s.status === 'raised',
        fields: (
          <>
            <SwitchField name="goodsChecked" label={t('warehouse.f.goodsChecked')} />
            <SwitchField name="certificateChecked" label={t('warehouse.f.certificateChecked')} />
          </>
        ),
        initialValues: () => ({ goodsChecked: false, certificateChecked: false }),
      },
    ],
  };
}

/** R29: QC clears goods for sale before sales raises the outbound slip. */
export function useQcClearanceSpec(): FormDeskSpec<QcClearance> {
  const t = useT();
  return {
    path: 'qc-clearances',
    title: t('warehouse.clearances.title'),
    statuses: ['open', 'used-up', 'failed'],
    columns: [
      { title: t('warehouse.f.itemCode'), dataIndex: 'itemCode' },
      { title: t('warehouse.f.quantity'), dataIndex: 'quantity' },
      { title: t('warehouse.remaining'), dataIndex: 'remainingQuantity' },
      { title: t('warehouse.f.reportNo'), dataIndex: 'reportNo' },
      { title: t('warehouse.at'), dataIndex: 'inspectedAt', render: formatInstant },
    ],
    details: (c) => (
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('warehouse.f.itemCode')}>{c.itemCode}</Descriptions.Item>
        <Descriptions.Item label={t('warehouse.f.quantity')}>
          {c.quantity} ({t('warehouse.remaining')}: {c.remainingQuantity})
        </Descriptions.Item>
        <Descriptions.Item label={t('warehouse.f.result')}>{c.result}</Descriptions.Item>
        <Descriptions.Item label={t('warehouse.f.reportNo')}>{c.reportNo}</Descriptions.Item>
        <Descriptions.Item label={t('warehouse.f.findings')}>{c.findings ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('warehouse.by')}>
          {c.inspectedBy.username} · {formatInstant(c.inspectedAt)}
        </Descriptions.Item>
      </Descriptions>
    ),
    create: {
      label: t('warehouse.clearances.create'),
      roles: QC,
      initialValues: { result: 'passed' },
      fields: (
        <>
          <TextField name="itemCode" label={t('warehouse.f.itemCode')} />
          <NumberField name="quantity" label={t('warehouse.f.quantity')} />
          {inspectionFields(t, ['passed', 'failed'])}
        </>
      ),
    },
  };
}

/** R29/R30/R33: the sale — outbound slip and issue list, gate pass, issue, signed list, settlement. */
export function useSaleSpec(): FormDeskSpec<Sale> {
  const t = useT();
  return {
    path: 'sales',
    title: t('warehouse.sales.title'),
    statuses: [
      'awaiting-price-approval',
      'awaiting-gate-pass',
      'gate-pass-issued',
      'issued',
      'left-the-gate',
      'rejected',
    ],
    columns: [
      { title: t('warehouse.f.kind'), dataIndex: 'kind' },
      { title: t('warehouse.f.buyer'), key: 'buyer', render: (_, s) => s.buyer.name },
      {
        title: t('warehouse.lines'),
        key: 'lines',
        render: (_, s) => s.lines.map((l) => `${l.itemCode} × ${l.quantity}`).join(', '),
      },
      { title: t('warehouse.total'), dataIndex: 'totalMinor', render: yuan },
      { title: t('warehouse.gatePass'), dataIndex: 'gatePassId' },
    ],
    details: (s) => (
      <>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('warehouse.f.kind')}>{s.kind}</Descriptions.Item>
          <Descriptions.Item label={t('warehouse.f.buyer')}>
            {s.buyer.name}
            {s.buyer.customerId ? ` (${s.buyer.customerId})` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('warehouse.total')}>{yuan(s.totalMinor)}</Descriptions.Item>
          <Descriptions.Item label={t('warehouse.issueList')}>
            {s.issueList.no}
            {s.issueList.signedBy ? ` · ${s.issueList.signedBy.name} ${s.issueList.signedOn}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('warehouse.gatePass')}>
            {s.gatePassId ?? '—'}
          </Descriptions.Item>
          {s.priceApprovalId && (
            <Descriptions.Item label={t('warehouse.priceApproval')}>
              {s.priceApprovalId}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('warehouse.issuedAt')}>
            {formatInstant(s.issuedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('warehouse.leftAt')}>
            {formatInstant(s.leftAt)}
          </Descriptions.Item>
          {s.settlement && (
            <Descriptions.Item label={t('warehouse.step.settlement')}>
              {s.settlement.invoiceNo} · {yuan(s.settlement.amountMinor)}
            </Descriptions.Item>
          )}
          {s.overdue.length > 0 && (
            <Descriptions.Item label={t('warehouse.overdue')}>
              {s.overdue.join(', ')}
            </Descriptions.Item>
          )}
        </Descriptions>
        <Table
          size="small"
          style={{ marginTop: 8 }}
          pagination={false}
          dataSource={s.lines.map((line, key) => ({ ...line, key }))}
          columns={[
            { title: t('warehouse.f.itemCode'), dataIndex: 'itemCode' },
            { title: t('warehouse.f.name'), dataIndex: 'name' },
            { title: t('warehouse.f.quantity'), dataIndex: 'quantity' },
            { title: t('warehouse.f.unitPrice'), dataIndex: 'unitPriceMinor', render: yuan },
            { title: t('warehouse.f.amount'), dataIndex: 'amountMinor', render: yuan },
            { title: t('warehouse.f.qcClearanceId'), dataIndex: 'qcClearanceId' },
          ]}
        />
      </>
    ),
    create: {
      label: t('warehouse.sales.create'),
      roles: SALES,
      initialValues: { kind: 'contract', lines: [{}] },
      fields: (
        <>
          <ChoiceField name="kind" label={t('warehouse.f.kind')} options={['contract', 'retail']} />
          <TextField name={['buyer', 'name']} label={t('warehouse.f.buyer')} />
          <TextField name={['buyer', 'customerId']} label={t('warehouse.f.customerId')} />
          <LinesField
            label={t('warehouse.line')}
            line={(i) => (
              <>
                <TextField name={[i, 'itemCode']} label={t('warehouse.f.itemCode')} />
                <NumberField name={[i, 'quantity']} label={t('warehouse.f.quantity')} />
                <MoneyField name={[i, 'unitPriceMinor']} label={t('warehouse.f.unitPrice')} />
                <TextField name={[i, 'qcClearanceId']} label={t('warehouse.f.qcClearanceId')} />
              </>
            )}
          />
          <TextField name="note" label={t('warehouse.f.note')} long />
        </>
      ),
    },
    actions: [
      {
        key: 'gate-pass',
        label: t('warehouse.gatePasses.create'),
        roles: FINANCE,
        when: (s) => s.status === 'awaiting-gate-pass',
        fields: paymentFields(t),
        call: (s, values) => ({
          path: 'gate-passes',
          body: { document: { type: 'sale', id: s.id }, ...values },
        }),
      },
      {
        key: 'issue',
        label: t('warehouse.step.issue'),
        roles: KEEPER,
        when: (s) => s.status === 'gate-pass-issued',
        fields: <TextField name="gatePassId" label={t('warehouse.f.gatePassId')} />,
        initialValues: (s) => ({ gatePassId: s.gatePassId ?? undefined }),
      },
      {
        key: 'signed-issue-list',
        label: t('warehouse.step.signedIssueList'),
        roles: KEEPER,
        when: (s) => !!s.issuedAt && !s.issueList.returnedAt,
        fields: (
          <>
            <TextField name={['signedBy', 'name']} label={t('warehouse.f.signedBy')} />
            <DateField name="signedOn" label={t('warehouse.f.signedOn')} />
            <SwitchField name="stamped" label={t('warehouse.f.stamped')} />
            <SwitchField name="quantitiesMatch" label={t('warehouse.f.quantitiesMatch')} />
          </>
        ),
        initialValues: () => ({ stamped: false, quantitiesMatch: false }),
      },
      {
        key: 'issue-list-handover',
        label: t('warehouse.step.handover'),
        roles: FINANCE,
        when: (s) => !!s.issueList.returnedAt && !s.issueList.handedToFinanceAt,
        fields: <TextField name="note" label={t('warehouse.f.note')} />,
      },
      {
        key: 'settlement',
        label: t('warehouse.step.settlement'),
        roles: FINANCE,
        when: (s) => !!s.issuedAt && !s.settlement,
        fields: (
          <>
            <TextField name="invoiceNo" label={t('warehouse.f.invoiceNo')} />
            <MoneyField name="amountMinor" label={t('warehouse.f.amount')} />
            <TextField name="note" label={t('warehouse.f.note')} />
          </>
        ),
        initialValues: (s) => ({ amountMinor: s.totalMinor }),
      },
    ],
  };
}

/** A sale's payment on the gate pass: paid (receipt, amount) or arranged (contract) (R29, R30). */
function paymentFields(t: ReturnType<typeof useT>) {
  return (
    <>
      <ChoiceField
        name={['payment', 'kind']}
        label={t('warehouse.f.paymentKind')}
        options={['paid', 'arranged']}
      />
      <TextField name={['payment', 'receiptNo']} label={t('warehouse.f.receiptNo')} />
      <MoneyField name={['payment', 'amountMinor']} label={t('warehouse.f.amount')} />
      <TextField name={['payment', 'reference']} label={t('warehouse.f.reference')} />
    </>
  );
}

/** R29: finance's gate passes; the gate guard checks one out at the gate (POST /gate-exits). */
export function useGatePassSpec(openPdf: (id: string) => void): FormDeskSpec<GatePass> {
  const t = useT();
  return {
    path: 'gate-passes',
    title: t('warehouse.gatePasses.title'),
    statuses: ['issued', 'goods-issued', 'left-the-gate'],
    columns: [
      {
        title: t('warehouse.document'),
        key: 'document',
        render: (_, p) => `${p.document.type} ${p.document.id}`,
      },
      { title: t('warehouse.basis'), dataIndex: 'basis' },
      {
        title: t('warehouse.lines'),
        key: 'lines',
        render: (_, p) => p.lines.map((l) => `${l.itemCode} × ${l.quantity}`).join(', '),
      },
      { title: t('warehouse.at'), dataIndex: 'issuedAt', render: formatInstant },
    ],
    details: (p) => (
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('warehouse.document')}>
          {p.document.type} {p.document.id}
        </Descriptions.Item>
        <Descriptions.Item label={t('warehouse.basis')}>{p.basis}</Descriptions.Item>
        {p.payment && (
          <Descriptions.Item label={t('warehouse.f.paymentKind')}>
            {p.payment.kind} {p.payment.receiptNo ?? p.payment.reference ?? ''}{' '}
            {p.payment.amountMinor !== null ? yuan(p.payment.amountMinor) : ''}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('warehouse.lines')}>
          {p.lines.map((l) => `${l.itemCode} × ${l.quantity}`).join(', ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('warehouse.by')}>
          {p.issuedBy.username} · {formatInstant(p.issuedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('warehouse.issuedAt')}>
          {formatInstant(p.goodsIssuedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('warehouse.leftAt')}>
          {formatInstant(p.leftAt)}
        </Descriptions.Item>
      </Descriptions>
    ),
    create: {
      label: t('warehouse.gatePasses.create'),
      roles: FINANCE,
      initialValues: { document: { type: 'sale' } },
      fields: (
        <>
          <ChoiceField
            name={['document', 'type']}
            label={t('warehouse.f.documentType')}
            options={['sale', 'replacement', 'entrusted-requisition', 'requisition']}
          />
          <TextField name={['document', 'id']} label={t('warehouse.f.documentId')} />
          {paymentFields(t)}
        </>
      ),
    },
    actions: [
      {
        key: 'gate-exit',
        label: t('warehouse.step.gateExit'),
        roles: ['gate-guard', 'branch-manager'],
        when: (p) => p.status !== 'left-the-gate',
        fields: (
          <>
            <TextField name="vehicle" label={t('warehouse.f.vehicle')} />
            <TextField name="carrier" label={t('warehouse.f.carrier')} />
            <TextField name="description" label={t('warehouse.f.description')} />
          </>
        ),
        call: (p, values) => ({ path: 'gate-exits', body: { gatePassId: p.id, ...values } }),
      },
    ],
    extra: (p) => (
      <a
        href={`#pdf-${p.id}`}
        onClick={(e) => {
          e.preventDefault();
          openPdf(p.id);
        }}
      >
        {t('warehouse.gatePasses.pdf')}
      </a>
    ),
  };
}

/** R29/R38: the gate guard's record of goods leaving, with a pass or (50 for the guard) without. */
export function useGateExitSpec(): FormDeskSpec<GateExit> {
  const t = useT();
  return {
    path: 'gate-exits',
    title: t('warehouse.gateExits.title'),
    statuses: ['with-pass', 'without-pass'],
    columns: [
      { title: t('warehouse.f.gatePassId'), dataIndex: 'gatePassId' },
      { title: t('warehouse.f.vehicle'), dataIndex: 'vehicle' },
      { title: t('warehouse.f.description'), dataIndex: 'description' },
      { title: t('warehouse.at'), dataIndex: 'at', render: formatInstant },
    ],
    details: (x) => (
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('warehouse.f.gatePassId')}>
          {x.gatePassId ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('warehouse.f.vehicle')}>{x.vehicle ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('warehouse.f.carrier')}>{x.carrier ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('warehouse.f.description')}>
          {x.description ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('warehouse.by')}>
          {x.guard.username} · {formatInstant(x.at)}
        </Descriptions.Item>
        {x.fineId && <Descriptions.Item label={t('warehouse.fine')}>{x.fineId}</Descriptions.Item>}
      </Descriptions>
    ),
    create: {
      label: t('warehouse.gateExits.create'),
      roles: ['gate-guard', 'branch-manager'],
      fields: (
        <>
          <TextField name="gatePassId" label={t('warehouse.f.gatePassId')} />
          <TextField name="vehicle" label={t('warehouse.f.vehicle')} />
          <TextField name="carrier" label={t('warehouse.f.carrier')} />
          <TextField name="description" label={t('warehouse.f.description')} />
        </>
      ),
    },
  };
}

/** R31: returns — QC first, a quality problem to the general manager, booked, accounted. */
export function useReturnSpec(): FormDeskSpec<Return> {
  const t = useT();
  return {
    path: 'returns',
    title: t('warehouse.returns.title'),
    statuses: [
      'awaiting-inspection',
      'awaiting-handling-report',
      'awaiting-approval',
      'ready-to-book',
      'booked',
      'accounted',
      'rejected',
    ],
    columns: [
      { title: t('warehouse.f.buyer'), key: 'buyer', render: (_, r) => r.buyer.name },
      { title: t('warehouse.f.saleId'), dataIndex: 'saleId' },
      { title: t('warehouse.f.returnedOn'), dataIndex: 'returnedOn' },
      {
        title: t('warehouse.lines'),
        key: 'lines',
        render: (_, r) => r.lines.map((l) => `${l.itemCode} × ${l.quantity}`).join(', '),
      },
    ],
    details: (r) => (
      <>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('warehouse.f.buyer')}>{r.buyer.name}</Descriptions.Item>
          <Descriptions.Item label={t('warehouse.f.saleId')}>{r.saleId ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('warehouse.f.returnedOn')}>{r.returnedOn}</Descriptions.Item>
          <InspectionItem inspection={r.inspection} />
          {r.handlingReport && (
            <Descriptions.Item label={t('warehouse.step.handlingReport')}>
              {r.handlingReport.disposition} — {r.handlingReport.proposal}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('warehouse.bookedAt')}>
            {formatInstant(r.bookedAt)}
            {r.bookedLate ? ` (${t('warehouse.late')})` : ''}
          </Descriptions.Item>
        </Descriptions>
        <Table
          size="small"
          style={{ marginTop: 8 }}
          pagination={false}
          dataSource={r.lines.map((line, key) => ({ ...line, key }))}
          columns={[
            { title: t('warehouse.f.itemCode'), dataIndex: 'itemCode' },
            { title: t('warehouse.f.quantity'), dataIndex: 'quantity' },
            { title: t('warehouse.f.reason'), dataIndex: 'reason' },
          ]}
        />
      </>
    ),
    create: {
      label: t('warehouse.returns.create'),
      roles: SALES,
      initialValues: { lines: [{}] },
      fields: (
        <>
          <TextField name="saleId" label={t('warehouse.f.saleId')} />
          <TextField name={['buyer', 'name']} label={t('warehouse.f.buyer')} />
          <TextField name={['buyer', 'customerId']} label={t('warehouse.f.customerId')} />
          <DateField name="returnedOn" label={t('warehouse.f.returnedOn')} />
          <LinesField
            label={t('warehouse.line')}
            line={(i) => (
              <>
                <TextField name={[i, 'itemCode']} label={t('warehouse.f.itemCode')} />
                <NumberField name={[i, 'quantity']} label={t('warehouse.f.quantity')} />
                <TextField name={[i, 'reason']} label={t('warehouse.f.reason')} />
              </>
            )}
          />
        </>
      ),
    },
    actions: [
      {
        key: 'inspection',
        label: t('warehouse.step.inspection'),
        roles: QC,
        when: (r) => r.status === 'awaiting-inspection',
        fields: inspectionFields(t, ['passed', 'quality-problem']),
        initialValues: () => ({ result: 'passed' }),
      },
      {
        key: 'handling-report',
        label: t('warehouse.step.handlingReport'),
        roles: SALES,
        when: (r) => r.status === 'awaiting-handling-report',
        fields: (
          <>
            <TextField name="proposal" label={t('warehouse.f.proposal')} long />
            <ChoiceField
              name="disposition"
              label={t('warehouse.f.disposition')}
              options={['restock', 'rework', 'scrap']}
            />
          </>
        ),
      },
      {
        key: 'booking',
        label: t('warehouse.step.booking'),
        roles: KEEPER,
        when: (r) => !r.bookedAt && r.status !== 'rejected',
        fields: <TextField name="note" label={t('warehouse.f.note')} />,
      },
      {
        key: 'accounting',
        label: t('warehouse.step.accounting'),
        roles: FINANCE,
        when: (r) => r.status === 'booked' && !!r.approvalId && !r.accounting,
        fields: (
          <>
            <TextField name="reference" label={t('warehouse.f.reference')} />
            <TextField name="note" label={t('warehouse.f.note')} />
          </>
        ),
      },
    ],
  };
}

/** R35: the acceptance notice of purchased material, QC's stamp (the inspections desk). */
export function usePurchaseSpec(): FormDeskSpec<PurchaseReceipt> {
  const t = useT();
  return {
    path: 'purchase-receipts',
    title: t('warehouse.purchases.title'),
    columns: [
      { title: t('warehouse.f.noticeNo'), dataIndex: 'noticeNo' },
      { title: t('warehouse.f.supplier'), dataIndex: 'supplier' },
      {
        title: t('warehouse.lines'),
        key: 'lines',
        render: (_, r) => r.lines.map((l) => `${l.itemCode} × ${l.quantity}`).join(', '),
      },
    ],
    details: (r) => (
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('warehouse.f.noticeNo')}>{r.noticeNo}</Descriptions.Item>
        <Descriptions.Item label={t('warehouse.f.supplier')}>{r.supplier}</Descriptions.Item>
        <Descriptions.Item label={t('warehouse.lines')}>
          {r.lines.map((l) => `${l.itemCode} × ${l.quantity}`).join(', ')}
        </Descriptions.Item>
        <InspectionItem inspection={r.inspection} />
      </Descriptions>
    ),
    actions: [
      {
        key: 'inspection',
        label: t('warehouse.step.inspection'),
        roles: QC,
        when: (r) => !r.inspection,
        fields: inspectionFields(t, ['passed', 'failed']),
        initialValues: () => ({ result: 'passed' }),
      },
    ],
  };
}

/** R36/R37: requisitions for production (the workshop director approves) or material leaving. */
export function useRequisitionSpec(): FormDeskSpec<Requisition> {
  const t = useT();
  return {
    path: 'requisitions',
    title: t('warehouse.requisitions.title'),
    statuses: ['awaiting-approval', 'approved', 'issued', 'rejected'],
    columns: [
      { title: t('warehouse.f.purpose'), dataIndex: 'purpose' },
      { title: t('warehouse.f.workshop'), dataIndex: 'workshop' },
      { title: t('warehouse.f.planRef'), dataIndex: 'planRef' },
      {
        title: t('warehouse.lines'),
        key: 'lines',
        render: (_, r) => r.lines.map((l) => `${l.itemCode} × ${l.quantity}`).join(', '),
      },
    ],
    details: (r) => (
      <>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('warehouse.f.purpose')}>{r.purpose}</Descriptions.Item>
          <Descriptions.Item label={t('warehouse.f.workshop')}>
            {r.workshop ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('warehouse.f.planRef')}>{r.planRef ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('warehouse.f.use')}>{r.use}</Descriptions.Item>
          <Descriptions.Item label={t('warehouse.f.custody')}>
            {r.custody ? '✓' : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('warehouse.approver')}>
            {r.approver?.username ?? t('warehouse.awaitingApproval', { id: r.approvalId })}
          </Descriptions.Item>
          <Descriptions.Item label={t('warehouse.issuedAt')}>
            {formatInstant(r.issuedAt)}
          </Descriptions.Item>
        </Descriptions>
        <Table
          size="small"
          style={{ marginTop: 8 }}
          pagination={false}
          dataSource={r.lines.map((line, key) => ({ ...line, key }))}
          columns={[
            { title: t('warehouse.f.itemCode'), dataIndex: 'itemCode' },
            { title: t('warehouse.f.name'), dataIndex: 'name' },
            { title: t('warehouse.f.quantity'), dataIndex: 'quantity' },
            { title: t('warehouse.bookValue'), dataIndex: 'bookValueMinor', render: yuan },
          ]}
        />
      </>
    ),
    create: {
      label: t('warehouse.requisitions.create'),
      roles: [...WORKSHOP, ...SALES, ...KEEPER],
      initialValues: { purpose: 'production', custody: false, lines: [{}] },
      fields: (
        <>
          <ChoiceField
            name="purpose"
            label={t('warehouse.f.purpose')}
            options={['production', 'outside-sale', 'after-sales']}
          />
          <TextField name="workshop" label={t('warehouse.f.workshop')} />
          <TextField name="planRef" label={t('warehouse.f.planRef')} />
          <TextField name="use" label={t('warehouse.f.use')} long />
          <SwitchField name="custody" label={t('warehouse.f.custody')} />
          <TextField name={['buyer', 'name']} label={t('warehouse.f.buyer')} />
          <LinesField
            label={t('warehouse.line')}
            line={(i) => (
              <>
                <TextField name={[i, 'itemCode']} label={t('warehouse.f.itemCode')} />
                <NumberField name={[i, 'quantity']} label={t('warehouse.f.quantity')} />
              </>
            )}
          />
        </>
      ),
    },
    actions: [
      {
        key: 'issue',
        label: t('warehouse.step.issue'),
        roles: KEEPER,
        when: (r) => r.status === 'approved',
        fields: <TextField name="gatePassId" label={t('warehouse.f.gatePassId')} />,
        initialValues: (r) => ({ gatePassId: r.gatePassId ?? undefined }),
      },
    ],
  };
}

/** R34: entrusted processing requisitions (the list and the keeper's issue). */
export function useEntrustedSpec(): FormDeskSpec<EntrustedRequisition> {
  const t = useT();
  return {
    path: 'entrusted-requisitions',
    title: t('warehouse.entrusted.title'),
    statuses: [
      'awaiting-approval',
      'awaiting-gate-pass',
      'ready-to-issue',
      'at-processor',
      'closed',
      'rejected',
    ],
    columns: [
      { title: t('warehouse.f.processor'), dataIndex: 'processor' },
      { title: t('warehouse.f.purpose'), dataIndex: 'purpose' },
      {
        title: t('warehouse.lines'),
        key: 'lines',
        render: (_, r) => r.lines.map((l) => `${l.itemCode} × ${l.quantity}`).join(', '),
      },
    ],
    details: (r) => (
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('warehouse.f.processor')}>{r.processor}</Descriptions.Item>
        <Descriptions.Item label={t('warehouse.f.purpose')}>{r.purpose}</Descriptions.Item>
        <Descriptions.Item label={t('warehouse.lines')}>
          {r.lines.map((l) => `${l.itemCode} × ${l.quantity} (${yuan(l.amountMinor)})`).join(', ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('warehouse.gatePass')}>{r.gatePassId ?? '—'}</Descriptions.Item>
      </Descriptions>
    ),
    actions: [
      {
        key: 'issue',
        label: t('warehouse.step.issue'),
        roles: KEEPER,
        when: (r) => r.status === 'ready-to-issue',
        fields: <TextField name="gatePassId" label={t('warehouse.f.gatePassId')} />,
      },
    ],
  };
}

/** The general or branch manager's queue: approve or refuse within the policy's limits. */
export function useApprovalSpec(): FormDeskSpec<Approval> {
  const t = useT();
  return {
    path: 'approvals',
    title: t('warehouse.approvals.title'),
    statuses: ['pending', 'approved', 'rejected'],
    initialStatus: 'pending',
    columns: [
      { title: t('warehouse.f.kind'), dataIndex: 'kind' },
      { title: t('warehouse.rule'), dataIndex: 'rule' },
      { title: t('warehouse.summary'), dataIndex: 'summary' },
      { title: t('warehouse.f.amount'), dataIndex: 'amountMinor', render: yuan },
      { title: t('warehouse.at'), dataIndex: 'requestedAt', render: formatInstant },
    ],
    details: (a) => (
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('warehouse.f.kind')}>
          {a.kind} ({a.rule})
        </Descriptions.Item>
        <Descriptions.Item label={t('warehouse.summary')}>{a.summary}</Descriptions.Item>
        <Descriptions.Item label={t('warehouse.document')}>
          {a.subject.type} {a.subject.id}
        </Descriptions.Item>
        <Descriptions.Item label={t('warehouse.f.amount')}>{yuan(a.amountMinor)}</Descriptions.Item>
        <Descriptions.Item label={t('warehouse.raisedBy')}>
          {a.requestedBy.username} · {formatInstant(a.requestedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('warehouse.approvers')}>
          {a.approvers
            .map((p) => `${p.role}${p.upToMinor === null ? '' : ` ≤ ${yuan(p.upToMinor)}`}`)
            .join(', ')}
        </Descriptions.Item>
        {a.decidedBy && (
          <Descriptions.Item label={t('warehouse.decided')}>
            {a.decidedBy.username} · {formatInstant(a.decidedAt)}
            {a.note ? ` — ${a.note}` : ''}
          </Descriptions.Item>
        )}
      </Descriptions>
    ),
    actions: [
      {
        key: 'approve',
        label: t('warehouse.step.approve'),
        roles: APPROVERS,
        when: (a) => a.status === 'pending',
        fields: <TextField name="note" label={t('warehouse.f.instruction')} long />,
      },
      {
        key: 'reject',
        label: t('warehouse.step.reject'),
        roles: APPROVERS,
        danger: true,
        when: (a) => a.status === 'pending',
        fields: <TextField name="note" label={t('warehouse.f.why')} long />,
      },
    ],
  };
}
