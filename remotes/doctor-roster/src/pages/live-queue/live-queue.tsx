import { useId, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useSearchParams } from '@careops/router';
import { isApiError } from '@careops/api';
import { useCan } from '@careops/auth';
import {
  Alert,
  App,
  Button,
  Card,
  ErrorState,
  Field,
  Flex,
  ForbiddenState,
  Input,
  LoadingState,
  MaskedText,
  Modal,
  PageContainer,
  Typography,
  useToken,
} from '@careops/design-system';
import { Select, Table } from '@careops/design-system/table';
import {
  evaluateConsultationSla,
  reassignInputSchema,
  type BreachRules,
  type QueueItem,
} from '@careops/domain/doctors';
import { useLocalized, useTranslation } from '@careops/i18n';
import { useDepartments } from '../../api/doctors';
import { useOnDuty, useQueue, useReassign } from '../../api/sla';
import { errorText, setServerErrors, useNow, useServerClock } from '@careops/app-kit';
import { serverErrorText } from '../../components/server-error';
import { SlaGuard } from '../../components/sla-guard';
import { SlaLevelTag } from '../../components/sla-level-tag';
import { DoctorsNav } from '../../components/doctors-nav';
import { TranscriptButton } from '../../components/transcript';
import { AutoReassignTag, autoReassignOf } from '../../components/auto-reassign-tag';

const clock = (seconds: number) => {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export function LiveQueuePage() {
  return (
    <SlaGuard>
      <LiveQueue />
    </SlaGuard>
  );
}

function LiveQueue() {
  const { t } = useTranslation('doctors');
  const localized = useLocalized();
  const token = useToken();
  const [searchParams, setSearchParams] = useSearchParams();
  const departmentId = searchParams.get('departmentId') ?? '';
  const queue = useQueue(departmentId || undefined);
  const departments = useDepartments();
  const canReassign = useCan('reassign');
  const canViewTranscript = useCan('transcript.view');
  const [selectedId, setSelectedId] = useState<string>();
  const [reassigning, setReassigning] = useState<QueueItem>();

  const departmentName = (id: string) => {
    const dep = departments.data?.items.find((d) => d.id === id);
    return dep ? localized(dep.name) : id;
  };

  const filter = (
    <Select
      aria-label={t('doctors.filterDepartment')}
      value={departmentId || undefined}
      placeholder={t('doctors.allDepartments')}
      allowClear
      virtual={false}
      loading={departments.isPending}
      options={departments.data?.items.map((d) => ({ value: d.id, label: localized(d.name) })) ?? []}
      onChange={(value?: string) =>
        setSearchParams((prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set('departmentId', value);
          else next.delete('departmentId');
          return next;
        })
      }
      style={{ width: 200 }}
    />
  );

  let body;
  if (queue.error && !queue.data) {
    body = isApiError(queue.error, 'FORBIDDEN') ? (
      <ForbiddenState />
    ) : (
      <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
    );
  } else if (!queue.data) {
    body = <LoadingState />;
  } else {
    const data = queue.data;
    body = (
      <>
        <Card
          size="small"
          title={<h2 style={{ fontSize: token.fontSizeLG, margin: 0 }}>{t('queue.depthTitle')}</h2>}
        >
          <Table
            size="small"
            pagination={false}
            rowKey="departmentId"
            dataSource={data.departments}
            columns={[
              {
                key: 'dep',
                title: t('doctors.departments'),
                render: (_, d) => departmentName(d.departmentId),
              },
              { key: 'waiting', title: t('queue.waiting'), dataIndex: 'waiting', align: 'right' },
              { key: 'breached', title: t('queue.breached'), dataIndex: 'breached', align: 'right' },
              {
                key: 'onDuty',
                title: t('queue.onDuty'),
                align: 'right',
                render: (_, d) => (
                  <span>
                    {t('queue.onDutyValue', { onDuty: d.onDuty, required: d.required })}{' '}
                    {d.onDuty < d.required && <SlaLevelTag level="breach" />}
                  </span>
                ),
              },
            ]}
          />
        </Card>
        <Table<QueueItem>
          aria-label={t('queue.label')}
          size="middle"
          rowKey={(i) => i.consultation.id}
          dataSource={data.items}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('queue.empty') }}
          rowClassName={(i) => (i.consultation.id === selectedId ? 'ant-table-row-selected' : '')}
          onRow={(i) => ({
            // Only a click on the row itself: React also bubbles clicks from a dialog opened in a
            // cell (it is portalled out of the row, not out of its React tree).
            onClick: (e) => {
              if (e.target instanceof Node && e.currentTarget.contains(e.target))
                setSelectedId(i.consultation.id);
            },
          })}
          columns={[
            { key: 'id', title: t('queue.id'), render: (_, i) => i.consultation.id },
            {
              key: 'patient',
              title: t('queue.patient'),
              render: (_, i) => <MaskedText value={localized(i.consultation.patient.name)} />,
            },
            {
              key: 'dep',
              title: t('doctors.departments'),
              render: (_, i) => departmentName(i.consultation.departmentId),
            },
            {
              key: 'priority',
              title: t('queue.priority'),
              render: (_, i) => t(`priority.${i.consultation.priority}`),
            },
            {
              key: 'doctor',
              title: t('queue.doctor'),
              render: (_, i) => {
                const name = i.doctorName ? localized(i.doctorName) : t('queue.unassigned');
                // §1.4: the system's own move at the critical step, shown where the doctor is.
                const action = autoReassignOf(i.consultation.breaches);
                return action ? (
                  <Flex gap={6} align="center" wrap>
                    {name}
                    <AutoReassignTag action={action} />
                  </Flex>
                ) : (
                  name
                );
              },
            },
            {
              key: 'wait',
              title: t('queue.wait'),
              render: (_, i) => <Countdown item={i} rules={data.rules} />,
            },
            ...(canReassign || canViewTranscript
              ? [
                  {
                    key: 'actions',
                    title: t('queue.actions'),
                    render: (_: unknown, i: QueueItem) => (
                      <Flex gap={6} wrap>
                        {canReassign && (
                          <Button
                            size="small"
                            onClick={(e) => {
                              e.stopPropagation();
                              setSelectedId(i.consultation.id);
                              setReassigning(i);
                            }}
                          >
                            {t('queue.reassign')}
                          </Button>
                        )}
                        <TranscriptButton consultationId={i.consultation.id} />
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </>
    );
  }

  return (
    <PageContainer title={t('queue.title')} subtitle={t('queue.subtitle')} extra={filter}>
      <DoctorsNav />
      {body}
      {reassigning && (
        <ReassignDialog
          item={reassigning}
          departmentName={departmentName}
          onClose={() => setReassigning(undefined)}
        />
      )}
    </PageContainer>
  );
}

/**
 * The running clock in words and colour: how long it has waited and when the next level comes.
 * Evaluated in the browser every second, on the server's rules, so the level changes on time
 * between refreshes; only the words re-render each second, the tag when the level changes.
 */
function Countdown({ item, rules }: { item: QueueItem; rules: BreachRules }) {
  const level = useServerClock(0, (now) => slaAt(item, now, rules).level);
  return (
    <Flex gap={6} align="center" wrap>
      <SlaLevelTag level={level} />
      <CountdownText item={item} rules={rules} />
    </Flex>
  );
}

const slaAt = (item: QueueItem, now: number, rules: BreachRules) =>
  evaluateConsultationSla(item.consultation, now, rules) ?? item.sla;

function CountdownText({ item, rules }: { item: QueueItem; rules: BreachRules }) {
  const { t } = useTranslation('doctors');
  const now = useNow();
  const sla = slaAt(item, now, rules);
  const next = sla.nextLevelAt ? (Date.parse(sla.nextLevelAt) - now) / 1000 : undefined;
  return (
    <>
      <span style={{ fontVariantNumeric: 'tabular-nums' }}>
        {t('queue.waited', { time: clock(sla.elapsedSeconds) })}
      </span>
      {next !== undefined && (
        <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {t('queue.nextLevel', { time: clock(next) })}
        </Typography.Text>
      )}
    </>
  );
}

/** The reassign command's input as the form's (the version is the consultation's, not typed). */
const reassignFormSchema = reassignInputSchema.omit({ version: true });
type ReassignValues = z.output<typeof reassignFormSchema>;

function ReassignDialog({
  item,
  departmentName,
  onClose,
}: {
  item: QueueItem;
  departmentName: (id: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation('doctors');
  const localized = useLocalized();
  const { message } = App.useApp();
  const id = useId();
  const { consultation } = item;
  const candidates = useOnDuty(consultation.departmentId, true);
  const reassign = useReassign();
  const {
    control,
    handleSubmit,
    setError,
    formState: { isSubmitting },
  } = useForm({ resolver: zodResolver(reassignFormSchema), defaultValues: { toDoctorId: '', reason: '' } });

  const submit = async (input: ReassignValues) => {
    try {
      await reassign.mutateAsync({ id: consultation.id, input: { ...input, version: consultation.version } });
      void message.success(t('queue.reassigned'));
      onClose();
    } catch (error) {
      setServerErrors(error, setError, ['toDoctorId', 'reason']);
    }
  };

  return (
    <Modal
      open
      title={t('queue.reassignTitle', {
        id: consultation.id,
        department: departmentName(consultation.departmentId),
      })}
      okText={t('queue.reassign')}
      cancelText={t('form.cancel')}
      okButtonProps={{ loading: reassign.isPending, disabled: isSubmitting }}
      onOk={() => void handleSubmit(submit)()}
      onCancel={onClose}
      destroyOnHidden
    >
      {reassign.error !== null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={serverErrorText(t, reassign.error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Controller
        name="toDoctorId"
        control={control}
        render={({ field, fieldState }) => (
          <Field
            id={`${id}-doctor`}
            label={t('queue.toDoctor')}
            error={errorText(fieldState.error, t('form.doctorRequired'))}
          >
            {(props) => (
              <Select
                {...field}
                {...props}
                value={field.value === '' ? undefined : field.value}
                placeholder={t('form.chooseDoctor')}
                loading={candidates.isLoading}
                virtual={false}
                options={(candidates.data?.items ?? [])
                  .filter((d) => d.id !== consultation.doctorId)
                  .map((d) => ({
                    value: d.id,
                    label: t('queue.candidate', {
                      name: localized(d.name),
                      load: d.load,
                      max: d.maxConcurrent,
                    }),
                  }))}
                style={{ width: '100%' }}
              />
            )}
          </Field>
        )}
      />
      <Controller
        name="reason"
        control={control}
        render={({ field, fieldState }) => (
          <Field
            id={`${id}-reason`}
            label={t('form.reason')}
            error={errorText(fieldState.error, t('form.reasonRequired'))}
          >
            {(props) => <Input.TextArea {...field} {...props} rows={3} maxLength={500} />}
          </Field>
        )}
      />
    </Modal>
  );
}
