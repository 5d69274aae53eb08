import { useEffect, useId, useRef } from 'react';
import { Link, useSearchParams } from '@careops/router';
import { SessionNote, serverOffset } from '@careops/app-kit';
import {
  Empty,
  ErrorState,
  Flex,
  LoadingState,
  PageContainer,
  StatusTag,
  Typography,
  useProgressive,
  useToken,
} from '@careops/design-system';
import { Select } from '@careops/design-system/table';
import type { Order, OrderBoard } from '@careops/domain/pharmacy';
import { useLocalized, useTranslation } from '@careops/i18n';
import { useOrderBoard } from '../../api/board';
import { useStores } from '../../api/orders';
import { PharmacyNav } from '../../components/pharmacy-nav';
import { SlaCountdown, mostUrgent } from '../../components/sla-countdown';

type Column = OrderBoard['columns'][number];

export function OrderBoardPage() {
  const { t } = useTranslation('pharmacy');
  const localized = useLocalized();
  const id = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const storeId = searchParams.get('storeId') ?? undefined;
  const selected = searchParams.get('selected') ?? undefined;
  const board = useOrderBoard(storeId);
  const stores = useStores();

  const setParam = (key: string, value: string | undefined) =>
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const storeName = (sid: string) => {
    const store = stores.data?.items.find((s) => s.id === sid);
    return store ? localized(store.name) : sid;
  };

  let body;
  if (board.isPending) body = <LoadingState />;
  else if (board.isError && !board.data)
    body = <ErrorState error={board.error} onRetry={() => void board.refetch()} />;
  else if (board.data.columns.every((c) => c.count === 0)) body = <Empty description={t('board.empty')} />;
  else
    body = (
      <BoardColumns
        board={board.data}
        receivedAt={board.dataUpdatedAt}
        selected={selected}
        storeName={storeName}
        onSelect={(orderId) => setParam('selected', orderId)}
      />
    );

  return (
    <PageContainer title={t('nav.board')} subtitle={<SessionNote />}>
      <PharmacyNav />
      <Flex gap={12} align="center" wrap>
        <label htmlFor={`${id}-store`}>{t('orders.filterStore')}</label>
        <Select
          id={`${id}-store`}
          style={{ width: 260 }}
          value={storeId}
          placeholder={t('orders.allStores')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          virtual={false}
          loading={stores.isPending}
          options={(stores.data?.items ?? []).map((s) => ({ value: s.id, label: localized(s.name) }))}
          onChange={(v?: string) => setParam('storeId', v)}
        />
        <Typography.Text type="secondary" aria-live="polite">
          {board.isFetching && !board.isPending ? t('board.refreshing') : t('board.autoRefresh')}
        </Typography.Text>
        {board.isError && board.data && (
          <Typography.Text type="danger" role="status">
            {t('board.staleError')}
          </Typography.Text>
        )}
      </Flex>
      {body}
    </PageContainer>
  );
}

function BoardColumns({
  board,
  receivedAt,
  selected,
  storeName,
  onSelect,
}: {
  board: OrderBoard;
  receivedAt: number;
  selected: string | undefined;
  storeName: (id: string) => string;
  onSelect: (id: string) => void;
}) {
  const offset = serverOffset(board.at, receivedAt);
  const token = useToken();
  return (
    <div
      style={{ display: 'flex', gap: token.marginSM, overflowX: 'auto', paddingBottom: token.paddingXS }}
      data-testid="order-board"
    >
      {board.columns.map((column) => (
        <BoardColumn
          key={column.status}
          column={column}
          offset={offset}
          selected={selected}
          storeName={storeName}
          onSelect={onSelect}
        />
      ))}
    </div>
  );
}

/** A column's cards painted at once, more than a screen shows; the rest follow six at a time. */
const CARDS_AT_ONCE = 6;

function BoardColumn({
  column,
  offset,
  selected,
  storeName,
  onSelect,
}: {
  column: Column;
  offset: number;
  selected: string | undefined;
  storeName: (id: string) => string;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('pharmacy');
  const token = useToken();
  const headingId = useId();
  const items = useProgressive(column.items, CARDS_AT_ONCE);
  const more = column.count - column.items.length;
  return (
    <section
      aria-labelledby={headingId}
      data-column={column.status}
      style={{
        flex: '0 0 260px',
        background: token.colorFillQuaternary,
        borderRadius: token.borderRadiusLG,
        padding: token.paddingSM,
        display: 'flex',
        flexDirection: 'column',
        gap: token.marginXS,
      }}
    >
      <h2 id={headingId} style={{ fontSize: token.fontSize, margin: 0, fontWeight: 600 }}>
        {t('board.column', { status: t(`status.${column.status}`), count: column.count })}
      </h2>
      {column.sla.warn + column.sla.breach + column.sla.severe > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
          {t('board.columnSla', { warn: column.sla.warn, breach: column.sla.breach + column.sla.severe })}
        </Typography.Text>
      )}
      {column.items.length === 0 ? (
        <Typography.Text type="secondary">{t('board.columnEmpty')}</Typography.Text>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token.marginXS }}>
          {items.map((order) => (
            <li key={order.id}>
              <BoardCard
                order={order}
                offset={offset}
                selected={order.id === selected}
                storeName={storeName(order.storeId)}
                onSelect={() => onSelect(order.id)}
              />
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <Link to={`../orders?status=${column.status}&sort=urgency:asc`}>
          {t('board.more', { count: more })}
        </Link>
      )}
    </section>
  );
}

function BoardCard({
  order,
  offset,
  selected,
  storeName,
  onSelect,
}: {
  order: Order;
  offset: number;
  selected: boolean;
  storeName: string;
  onSelect: () => void;
}) {
  const { t } = useTranslation('pharmacy');
  const token = useToken();
  const ref = useRef<HTMLAnchorElement>(null);
  const timer = mostUrgent(order.sla);
  // Coming back from the detail, the card opened last is brought into view once.
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on mount
  }, []);
  return (
    <Link
      ref={ref}
      to={`../orders/${encodeURIComponent(order.id)}`}
      onClick={onSelect}
      aria-current={selected ? 'true' : undefined}
      data-order-id={order.id}
      style={{
        display: 'grid',
        gap: token.marginXXS,
        padding: token.paddingXS,
        borderRadius: token.borderRadius,
        background: token.colorBgContainer,
        border: `${selected ? 2 : 1}px solid ${selected ? token.colorPrimary : token.colorBorderSecondary}`,
        color: token.colorText,
        textDecoration: 'none',
      }}
    >
      <strong>{order.id}</strong>
      <span style={{ fontSize: token.fontSizeSM, color: token.colorTextSecondary }}>{storeName}</span>
      {timer ? (
        <SlaCountdown timer={timer} offset={offset} />
      ) : (
        <span style={{ fontSize: token.fontSizeSM, color: token.colorTextSecondary }}>{t('sla.none')}</span>
      )}
      {(order.hasRx || order.hasColdChain) && (
        <Flex gap={4} wrap>
          {order.hasRx && <StatusTag tone="warning">{t('orders.rx')}</StatusTag>}
          {order.hasColdChain && <StatusTag tone="processing">{t('orders.coldChain')}</StatusTag>}
        </Flex>
      )}
    </Link>
  );
}
