import { Alert, Button, Card, Drawer, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { ApiProblem } from '../../api/problem';
import { usePagedList } from '../../admin/use-paged-list';
import { useAuth } from '../../auth/auth';
import { FormProblem } from '../../forms/problem-form';
import { formatInstant } from '../../format/time';
import { useT } from '../../i18n/i18n';
import { ITEM_CATEGORIES, type Movement, type StockCard, yuan } from './types';

interface Reconciliation {
  branch: string;
  asOf: string;
  itemsChecked: number;
  mismatches: { itemCode: string }[];
}

/**
 * R28: the stock cards of the branch (GET /stock, by category and item), each item's ledger with
 * the card's balance after every line (GET /stock/ledger), and ledger against card
 * (GET /stock/reconciliation/{branch}). The service never lets a balance go below zero.
 */
export function StockPage() {
  const t = useT();
  const { client, principal } = useAuth();
  const [category, setCategory] = useState<string>();
  const [itemCode, setItemCode] = useState<string>();
  const cards = usePagedList<StockCard>('stock', { category, itemCode, limit: 50 });
  const [card, setCard] = useState<StockCard>();
  const [check, setCheck] = useState<Reconciliation | ApiProblem>();

  const reconcile = async () => {
    try {
      setCheck(
        await client.request<Reconciliation>(
          'GET',
          `stock/reconciliation/${principal?.branch ?? ''}`,
        ),
      );
    } catch (e) {
      if (e instanceof ApiProblem) setCheck(e);
      else throw e;
    }
  };

  return (
    <Card
      size="small"
      data-stock
      title={<h1 style={{ fontSize: 16, margin: 0 }}>{t('warehouse.stock.title')}</h1>}
      extra={
        <Space>
          <Select
            allowClear
            size="small"
            style={{ width: 160 }}
            placeholder={t('warehouse.category')}
            aria-label={t('warehouse.category')}
            value={category}
            onChange={setCategory}
            options={ITEM_CATEGORIES.map((c) => ({ value: c, label: c }))}
          />
          <Input.Search
            size="small"
            allowClear
            style={{ width: 200 }}
            placeholder={t('warehouse.f.itemCode')}
            aria-label={t('warehouse.f.itemCode')}
            onSearch={(v) => setItemCode(v.trim() || undefined)}
          />
          <Button size="small" onClick={cards.reload}>
            {t('warehouse.reload')}
          </Button>
          <Button size="small" onClick={reconcile}>
            {t('warehouse.stock.reconcile')}
          </Button>
        </Space>
      }
    >
      {cards.error && <FormProblem problem={cards.error} elsewhere={[]} />}
      {check instanceof ApiProblem && <FormProblem problem={check} elsewhere={[]} />}
      {check && !(check instanceof ApiProblem) && (
        <Alert
          style={{ marginBottom: 12 }}
          showIcon
          type={check.mismatches.length ? 'error' : 'success'}
          title={t('warehouse.stock.reconciled', {
            items: check.itemsChecked,
            mismatches: check.mismatches.length,
            at: formatInstant(check.asOf),
          })}
          description={check.mismatches.map((m) => m.itemCode).join(', ') || undefined}
        />
      )}
      <Table<StockCard>
        size="small"
        rowKey={(c) => `${c.branch}:${c.itemCode}`}
        loading={cards.loading}
        dataSource={cards.items}
        pagination={false}
        columns={[
          {
            title: t('warehouse.f.itemCode'),
            dataIndex: 'itemCode',
            render: (code: string, c) => (
              <Button type="link" size="small" onClick={() => setCard(c)} data-item={code}>
                {code}
              </Button>
            ),
          },
          { title: t('warehouse.f.name'), dataIndex: 'name' },
          { title: t('warehouse.category'), dataIndex: 'category' },
          {
            title: t('warehouse.f.quantity'),
            dataIndex: 'quantity',
            align: 'right',
            render: (q: number, c) => (
              <span data-quantity={c.itemCode}>
                {q} {c.unit}
              </span>
            ),
          },
          { title: t('warehouse.value'), dataIndex: 'valueMinor', align: 'right', render: yuan },
          {
            title: t('warehouse.averageCost'),
            dataIndex: 'averageUnitCostMinor',
            align: 'right',
            render: (v: number | null) => yuan(v === null ? null : Math.round(v)),
          },
          { title: t('warehouse.lastMoved'), dataIndex: 'lastMovedAt', render: formatInstant },
          { title: t('warehouse.branch'), dataIndex: 'branch' },
        ]}
      />
      {cards.hasMore && (
        <Button style={{ marginTop: 8 }} onClick={cards.loadMore} loading={cards.loading}>
          {t('list.more')}
        </Button>
      )}
      <Drawer
        open={!!card}
        title={card && `${card.itemCode} · ${card.name}`}
        onClose={() => setCard(undefined)}
        destroyOnHidden
        size={900}
      >
        {card && <Ledger card={card} />}
      </Drawer>
    </Card>
  );
}

/** One item's ledger, oldest first, with the card's balance after each line. */
function Ledger({ card }: { card: StockCard }) {
  const t = useT();
  const ledger = usePagedList<Movement>('stock/ledger', {
    itemCode: card.itemCode,
    branch: card.branch,
    limit: 50,
  });
  return (
    <div data-ledger={card.itemCode}>
      <p>
        {t('warehouse.stock.card')}: <strong>{card.quantity}</strong> {card.unit} ·{' '}
        {yuan(card.valueMinor)}
      </p>
      {ledger.error && <FormProblem problem={ledger.error} elsewhere={[]} />}
      <Table<Movement>
        size="small"
        rowKey="seq"
        loading={ledger.loading}
        dataSource={ledger.items}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: '#', dataIndex: 'seq' },
          { title: t('warehouse.date'), dataIndex: 'documentDate' },
          { title: t('warehouse.f.kind'), dataIndex: 'kind' },
          {
            title: t('warehouse.entry'),
            dataIndex: 'entry',
            render: (e: string) =>
              e === 'normal' ? '' : <Tag color={e === 'red-reversal' ? 'red' : 'blue'}>{e}</Tag>,
          },
          {
            title: t('warehouse.document'),
            key: 'document',
            render: (_, m) => `${m.document.type} ${m.document.id}`,
          },
          { title: t('warehouse.f.quantity'), dataIndex: 'quantity', align: 'right' },
          { title: t('warehouse.value'), dataIndex: 'valueMinor', align: 'right', render: yuan },
          { title: t('warehouse.balance'), dataIndex: 'balanceQuantity', align: 'right' },
          {
            title: t('warehouse.balanceValue'),
            dataIndex: 'balanceValueMinor',
            align: 'right',
            render: yuan,
          },
          { title: t('warehouse.memo'), dataIndex: 'memo' },
          { title: t('warehouse.by'), key: 'by', render: (_, m) => m.bookedBy.username },
        ]}
      />
      {ledger.hasMore && (
        <Button style={{ marginTop: 8 }} onClick={ledger.loadMore} loading={ledger.loading}>
          {t('list.more')}
        </Button>
      )}
    </div>
  );
}
