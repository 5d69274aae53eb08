import { useId, useState } from 'react';
import { Alert, App, Button, Field, Flex, Input, Modal } from '@careops/design-system';
import {
  CANCEL_REASON_CODES,
  COLD_CHAIN_STAGES,
  FOLLOW_UP_OUTCOMES,
  QUALITY_REFUND_REASONS,
  RX_REJECT_CODES,
  orderCommandSchema,
  type Order,
  type OrderAction,
} from '@careops/domain/pharmacy';
import { useTranslation } from '@careops/i18n';
import type { OrderCommand } from '../api/orders';
import { useRunOrderCommand, type CommandOutcome } from '../api/order-commands';
import { NativeSelect } from './native-select';
import { serverErrorText, serverFieldErrors } from './server-error';

type FieldSpec =
  | { name: string; kind: 'select'; options: readonly string[]; labels: string }
  | { name: string; kind: 'text' | 'textarea' | 'number' };

const NOTE: FieldSpec = { name: 'note', kind: 'textarea' };
const TEMP: FieldSpec = { name: 'tempC', kind: 'number' };
const DECISION: FieldSpec = {
  name: 'approve',
  kind: 'select',
  options: ['true', 'false'],
  labels: 'decision',
};

/** The fields an action asks for beyond the audited reason; actions not listed send nothing but the version. */
function fieldsOf(action: OrderAction, order: Order): readonly FieldSpec[] | undefined {
  switch (action) {
    case 'reject_rx':
      return [{ name: 'reasonCode', kind: 'select', options: RX_REJECT_CODES, labels: 'rxReject' }, NOTE];
    case 'cancel':
      return [
        { name: 'reasonCode', kind: 'select', options: CANCEL_REASON_CODES, labels: 'cancelReason' },
        NOTE,
      ];
    case 'request_cancel':
      return [{ name: 'reasonCode', kind: 'select', options: CANCEL_REASON_CODES, labels: 'cancelReason' }];
    case 'mark_ready':
    case 'pick_up':
    case 'deliver':
      // Cold-chain goods log the temperature of the handover stage (§2.2).
      return order.hasColdChain ? [TEMP] : undefined;
    case 'assign_rider':
      return [
        { name: 'riderName', kind: 'text' },
        { name: 'virtualPhone', kind: 'text' },
      ];
    case 'fail_delivery':
      return [
        { name: 'type', kind: 'select', options: ['refused', 'unreachable'], labels: 'exception' },
        NOTE,
      ];
    case 'decide_cancel':
    case 'decide_refund':
      return [DECISION];
    case 'request_refund':
      return [
        { name: 'reasonCode', kind: 'select', options: QUALITY_REFUND_REASONS, labels: 'refundReason' },
        { name: 'amount', kind: 'number' },
      ];
    case 'log_temperature':
      return [{ name: 'stage', kind: 'select', options: COLD_CHAIN_STAGES, labels: 'stage' }, TEMP];
    case 'report_exception':
      return [
        { name: 'type', kind: 'select', options: ['no_rider', 'out_of_stock'], labels: 'exception' },
        NOTE,
      ];
    case 'record_follow_up':
      return [{ name: 'outcome', kind: 'select', options: FOLLOW_UP_OUTCOMES, labels: 'followUp' }, NOTE];
    default:
      return undefined;
  }
}

/** Actions that end or undo something: a danger button, and a confirmation when they have no form. */
const DESTRUCTIVE: ReadonlySet<OrderAction> = new Set([
  'reject_rx',
  'cancel',
  'request_cancel',
  'fail_delivery',
  'return',
  'expire',
]);

type Values = Record<string, string>;

/** The typed values as the command's input; empty fields are left out so optional ones stay optional. */
function toInput(fields: readonly FieldSpec[], values: Values): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const rider: Record<string, unknown> = {};
  for (const field of [...fields, { name: 'reason', kind: 'textarea' } as const]) {
    const value = (values[field.name] ?? '').trim();
    if (value === '') continue;
    if (field.name === 'approve') input.approve = value === 'true';
    else if (field.name === 'riderName') rider.name = { 'zh-CN': value, 'en-US': value };
    else if (field.name === 'virtualPhone') rider.virtualPhone = value;
    else input[field.name] = field.kind === 'number' ? Number(value) : value;
  }
  if (fields.some((f) => f.name === 'riderName')) input.rider = rider;
  return input;
}

/** A schema path as the form's field name. */
function fieldOfPath(path: readonly PropertyKey[]): string {
  if (path[0] === 'rider') return path[1] === 'virtualPhone' ? 'virtualPhone' : 'riderName';
  return String(path[0] ?? 'reason');
}

export interface OrderActionsProps {
  order: Order;
  /** Only these of the order's allowed actions (e.g. the Rx queue's approve / reject). */
  only?: readonly OrderAction[];
  onDone?: (order: Order) => void;
}

/**
 * Exactly the actions the server allows this caller on this order now (`allowedActions`), each a
 * button; those with input open a small form validated by the action's own schema.
 */
export function OrderActions({ order, only, onDone }: OrderActionsProps) {
  const { t } = useTranslation('pharmacy');
  const { message, modal } = App.useApp();
  const { run, pending } = useRunOrderCommand();
  const [open, setOpen] = useState<OrderAction>();
  const actions = order.allowedActions.filter((a) => !only || only.includes(a));

  const report = (outcome: CommandOutcome) => {
    if (outcome.ok) {
      void message.success(t('actions.done'));
      onDone?.(outcome.order);
    } else if (outcome.conflict) void message.warning(t('actions.conflict'));
    else void message.error(serverErrorText(t, outcome.error));
  };

  const direct = (action: OrderAction) => {
    // Without fields the input is empty; the schema of every such action accepts that.
    const command = { action, input: {} } as OrderCommand;
    const send = async () => report(await run(order, command));
    if (DESTRUCTIVE.has(action))
      modal.confirm({
        title: t('actions.confirmTitle', { action: t(`action.${action}`) }),
        content: t('actions.confirmBody', { id: order.id }),
        okText: t(`action.${action}`),
        okButtonProps: { danger: true, autoInsertSpace: false },
        cancelButtonProps: { autoInsertSpace: false },
        cancelText: t('actions.cancel'),
        onOk: send,
      });
    else void send();
  };

  if (actions.length === 0) return null;
  return (
    <Flex gap={8} wrap>
      {actions.map((action) => (
        <Button
          key={action}
          autoInsertSpace={false}
          danger={DESTRUCTIVE.has(action)}
          type={DESTRUCTIVE.has(action) ? 'default' : 'primary'}
          loading={pending && open === undefined}
          onClick={() => (fieldsOf(action, order) ? setOpen(action) : direct(action))}
        >
          {t(`action.${action}`)}
        </Button>
      ))}
      {open && (
        <ActionDialog
          key={open}
          action={open}
          order={order}
          onClose={() => setOpen(undefined)}
          onDone={(next) => {
            setOpen(undefined);
            void message.success(t('actions.done'));
            onDone?.(next);
          }}
        />
      )}
    </Flex>
  );
}

interface ActionDialogProps {
  action: OrderAction;
  order: Order;
  onClose: () => void;
  onDone: (order: Order) => void;
}

/** One action's form. On any refusal the dialog stays open with everything typed. */
function ActionDialog({ action, order: initial, onClose, onDone }: ActionDialogProps) {
  const { t } = useTranslation('pharmacy');
  const id = useId();
  const { run, pending } = useRunOrderCommand();
  const [values, setValues] = useState<Values>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  // After a conflict the command is retried against the order the server holds now.
  const [current, setCurrent] = useState<Order>(initial);
  const [conflicted, setConflicted] = useState(false);
  const fields = fieldsOf(action, current) ?? [];
  const stillAllowed = current.allowedActions.includes(action);
  const danger = DESTRUCTIVE.has(action);

  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));

  const submit = async () => {
    const parsed = orderCommandSchema(action).omit({ version: true }).safeParse(toInput(fields, values));
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const name = fieldOfPath(issue.path);
        next[name] ??= (values[name] ?? '').trim() === '' ? t('form.required') : t('form.invalid');
      }
      setErrors(next);
      return;
    }
    setErrors({});
    // The action's own schema has just parsed the input, so action and input belong together.
    const outcome = await run(current, { action, input: parsed.data } as OrderCommand);
    if (outcome.ok) onDone(outcome.order);
    else {
      setFailure(outcome.error);
      if (outcome.conflict) {
        setCurrent(outcome.conflict);
        setConflicted(true);
      }
    }
  };

  const fieldErrors = { ...serverFieldErrors(failure), ...errors };
  const control = (field: FieldSpec) => (
    <Field
      key={field.name}
      id={`${id}-${field.name}`}
      label={t(`form.${field.name}`)}
      error={fieldErrors[field.name]}
    >
      {({ status: _status, ...props }) => {
        const value = values[field.name] ?? '';
        if (field.kind === 'select')
          return (
            <NativeSelect
              {...props}
              value={value}
              placeholder={t('form.choose')}
              options={field.options.map((o) => ({ value: o, label: t(`${field.labels}.${o}`) }))}
              onChange={(v) => set(field.name, v)}
            />
          );
        if (field.kind === 'textarea')
          return (
            <Input.TextArea
              {...props}
              rows={2}
              maxLength={500}
              value={value}
              onChange={(e) => set(field.name, e.target.value)}
            />
          );
        return (
          <Input
            {...props}
            {...(field.kind === 'number' ? { type: 'number', inputMode: 'decimal' as const } : {})}
            value={value}
            onChange={(e) => set(field.name, e.target.value)}
          />
        );
      }}
    </Field>
  );

  return (
    <Modal
      open
      title={t('actions.dialogTitle', { action: t(`action.${action}`), id: current.id })}
      okText={t(`action.${action}`)}
      cancelText={t('actions.cancel')}
      okButtonProps={{ danger, loading: pending, disabled: pending || !stillAllowed, autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure !== null && (
        <Alert
          type={conflicted ? 'warning' : 'error'}
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={
            conflicted
              ? t(stillAllowed ? 'actions.conflictRetry' : 'actions.conflictGone', {
                  status: t(`status.${current.status}`),
                })
              : serverErrorText(t, failure)
          }
        />
      )}
      {fields.map(control)}
      {control({ name: 'reason', kind: 'textarea' })}
    </Modal>
  );
}
