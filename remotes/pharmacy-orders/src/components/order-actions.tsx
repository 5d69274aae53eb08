import { useId, useMemo, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { Alert, App, Button, Field, Flex, Input, Modal } from '@careops/design-system';
import { Select } from '@careops/design-system/table';
import type { LocalizedText } from '@careops/domain';
import {
  CANCEL_REASON_CODES,
  COLD_CHAIN_STAGES,
  FOLLOW_UP_OUTCOMES,
  ORDER_ACTION_INPUTS,
  QUALITY_REFUND_REASONS,
  RX_REJECT_CODES,
  orderCommandSchema,
  type Order,
  type OrderAction,
} from '@careops/domain/pharmacy';
import { useTranslation } from '@careops/i18n';
import type { OrderCommand } from '../api/orders';
import { useRunOrderCommand, type CommandOutcome } from '../api/order-commands';
import { errorText, optionalNumber, optionalText, setServerErrors } from '@careops/app-kit';
import { serverErrorText } from './server-error';

/** Every field any action asks for; each action's own schema decides which it needs. */
interface ActionValues {
  reason?: string | undefined;
  note?: string | undefined;
  reasonCode?: string | undefined;
  type?: string | undefined;
  stage?: string | undefined;
  outcome?: string | undefined;
  tempC?: number | undefined;
  amount?: number | undefined;
  approve?: boolean | undefined;
  rider?: { name?: LocalizedText | undefined; virtualPhone?: string | undefined } | undefined;
}

type FieldSpec =
  | { name: Path<ActionValues>; label: string; kind: 'select'; options: readonly string[]; labels: string }
  | {
      name: Path<ActionValues>;
      label: string;
      kind: 'text' | 'textarea' | 'number' | 'riderName' | 'decision';
    };

const REASON: FieldSpec = { name: 'reason', label: 'reason', kind: 'textarea' };
const NOTE: FieldSpec = { name: 'note', label: 'note', kind: 'textarea' };
const TEMP: FieldSpec = { name: 'tempC', label: 'tempC', kind: 'number' };
const DECISION: FieldSpec = { name: 'approve', label: 'approve', kind: 'decision' };
const select = (name: Path<ActionValues>, options: readonly string[], labels: string): FieldSpec => ({
  name,
  label: name,
  kind: 'select',
  options,
  labels,
});

/** The fields an action asks for beyond the audited reason; actions not listed send nothing but the version. */
function fieldsOf(action: OrderAction, order: Order): readonly FieldSpec[] | undefined {
  switch (action) {
    case 'reject_rx':
      return [select('reasonCode', RX_REJECT_CODES, 'rxReject'), NOTE];
    case 'cancel':
      return [select('reasonCode', CANCEL_REASON_CODES, 'cancelReason'), NOTE];
    case 'request_cancel':
      return [select('reasonCode', CANCEL_REASON_CODES, 'cancelReason')];
    case 'mark_ready':
    case 'pick_up':
    case 'deliver':
      // Cold-chain goods log the temperature of the handover stage (§2.2).
      return order.hasColdChain ? [TEMP] : undefined;
    case 'assign_rider':
      return [
        { name: 'rider.name', label: 'riderName', kind: 'riderName' },
        { name: 'rider.virtualPhone', label: 'virtualPhone', kind: 'text' },
      ];
    case 'fail_delivery':
      return [select('type', ['refused', 'unreachable'], 'exception'), NOTE];
    case 'decide_cancel':
    case 'decide_refund':
      return [DECISION];
    case 'request_refund':
      return [
        select('reasonCode', QUALITY_REFUND_REASONS, 'refundReason'),
        { name: 'amount', label: 'amount', kind: 'number' },
      ];
    case 'log_temperature':
      return [select('stage', COLD_CHAIN_STAGES, 'stage'), TEMP];
    case 'report_exception':
      return [select('type', ['no_rider', 'out_of_stock'], 'exception'), NOTE];
    case 'record_follow_up':
      return [select('outcome', FOLLOW_UP_OUTCOMES, 'followUp'), NOTE];
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

/** An action with an input its own schema accepts: that pair is a command, checked rather than asserted. */
function isCommand(command: { action: OrderAction; input: unknown }): command is OrderCommand {
  return ORDER_ACTION_INPUTS[command.action].safeParse(command.input).success;
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
    const command = { action, input: {} };
    // Every action without fields accepts an empty input; a schema that stops doing so is a bug.
    if (!isCommand(command)) {
      void message.error(t('error.generic'));
      return;
    }
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
  const [failure, setFailure] = useState<unknown>(null);
  // After a conflict the command is retried against the order the server holds now.
  const [current, setCurrent] = useState<Order>(initial);
  const [conflicted, setConflicted] = useState(false);
  const fields = fieldsOf(action, current) ?? [];
  const stillAllowed = current.allowedActions.includes(action);
  const danger = DESTRUCTIVE.has(action);
  // The action's schema as the form's: its fields are a subset of ActionValues, so it fits as is.
  const schema: z.ZodType<ActionValues, ActionValues> = useMemo(
    () => orderCommandSchema(action).omit({ version: true }),
    [action],
  );
  const {
    control,
    handleSubmit,
    setError,
    formState: { isSubmitting },
  } = useForm<ActionValues>({
    resolver: zodResolver(schema),
    // Both rider fields report their own error rather than one for a missing rider.
    defaultValues: action === 'assign_rider' ? { rider: {} } : {},
  });

  const submit = async (values: ActionValues) => {
    const command = { action, input: values };
    // The resolver has just parsed these values with the same schema: this only narrows the type.
    if (!isCommand(command)) return;
    setFailure(null);
    const outcome = await run(current, command);
    if (outcome.ok) {
      onDone(outcome.order);
      return;
    }
    setFailure(outcome.error);
    setServerErrors(outcome.error, setError, [...fields.map((f) => f.name), 'reason']);
    if (outcome.conflict) {
      setCurrent(outcome.conflict);
      setConflicted(true);
    }
  };

  const renderField = (field: FieldSpec) => (
    <Controller
      key={field.name}
      name={field.name}
      control={control}
      render={({ field: { value, onChange, onBlur, ref }, fieldState }) => {
        const blank = value === undefined || value === '';
        return (
          <Field
            id={`${id}-${field.name}`}
            label={t(`form.${field.label}`)}
            error={errorText(fieldState.error, t(blank ? 'form.required' : 'form.invalid'))}
          >
            {(props) => {
              switch (field.kind) {
                case 'select':
                  return (
                    <Select
                      {...props}
                      ref={ref}
                      value={typeof value === 'string' ? value : undefined}
                      placeholder={t('form.choose')}
                      virtual={false}
                      options={field.options.map((o) => ({ value: o, label: t(`${field.labels}.${o}`) }))}
                      onChange={(v: string) => onChange(v)}
                      onBlur={onBlur}
                      style={{ width: '100%' }}
                    />
                  );
                case 'decision':
                  return (
                    <Select
                      {...props}
                      ref={ref}
                      value={typeof value === 'boolean' ? String(value) : undefined}
                      placeholder={t('form.choose')}
                      virtual={false}
                      options={['true', 'false'].map((o) => ({ value: o, label: t(`decision.${o}`) }))}
                      onChange={(v: string) => onChange(v === 'true')}
                      onBlur={onBlur}
                      style={{ width: '100%' }}
                    />
                  );
                case 'textarea':
                  return (
                    <Input.TextArea
                      {...props}
                      ref={ref}
                      rows={2}
                      maxLength={500}
                      value={typeof value === 'string' ? value : ''}
                      onChange={(e) => onChange(optionalText(e.target.value))}
                      onBlur={onBlur}
                    />
                  );
                case 'number':
                  return (
                    <Input
                      {...props}
                      ref={ref}
                      type="number"
                      inputMode="decimal"
                      value={typeof value === 'number' ? value : ''}
                      onChange={(e) => onChange(optionalNumber(e.target.value))}
                      onBlur={onBlur}
                    />
                  );
                case 'riderName':
                  return (
                    <Input
                      {...props}
                      ref={ref}
                      value={
                        value !== null && typeof value === 'object' && 'zh-CN' in value ? value['zh-CN'] : ''
                      }
                      onChange={(e) => {
                        const name = optionalText(e.target.value);
                        // A rider's name is the same in both languages.
                        onChange(name === undefined ? undefined : { 'zh-CN': name, 'en-US': name });
                      }}
                      onBlur={onBlur}
                    />
                  );
                default:
                  return (
                    <Input
                      {...props}
                      ref={ref}
                      value={typeof value === 'string' ? value : ''}
                      onChange={(e) => onChange(optionalText(e.target.value))}
                      onBlur={onBlur}
                    />
                  );
              }
            }}
          </Field>
        );
      }}
    />
  );

  return (
    <Modal
      open
      title={t('actions.dialogTitle', { action: t(`action.${action}`), id: current.id })}
      okText={t(`action.${action}`)}
      cancelText={t('actions.cancel')}
      okButtonProps={{
        danger,
        // Spins while the request is out; a submit the schema stops is no wait to show.
        loading: pending,
        disabled: isSubmitting || !stillAllowed,
        autoInsertSpace: false,
      }}
      cancelButtonProps={{ autoInsertSpace: false }}
      onOk={() => void handleSubmit(submit)()}
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
      {fields.map(renderField)}
      {renderField(REASON)}
    </Modal>
  );
}
