import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '@careops/api';
import {
  breachLogItemSchema,
  breachPageSchema,
  consultationSchema,
  copyWeekResultSchema,
  coverageMapSchema,
  doctorSchema,
  onDutyListSchema,
  publishResultSchema,
  queueSchema,
  shiftListSchema,
  shiftSchema,
  slaDashboardSchema,
  type DoctorFlagInput,
  type DoctorSuspendInput,
  type ReassignInput,
  type ShiftCreateInput,
  type ShiftPatchInput,
  type WaiveInput,
} from '@careops/domain/doctors';
import { doctorKeys } from './doctors';

export const slaKeys = {
  all: ['doctors', 'sla'] as const,
  metrics: (query: QueryParams) => [...slaKeys.all, 'metrics', query] as const,
  queue: (departmentId: string | undefined) => [...slaKeys.all, 'queue', departmentId ?? 'all'] as const,
  onDuty: (departmentId: string) => [...slaKeys.all, 'on-duty', departmentId] as const,
  breaches: (query: QueryParams) => [...slaKeys.all, 'breaches', query] as const,
  shifts: (weekStart: string, departmentId: string) =>
    [...slaKeys.all, 'shifts', weekStart, departmentId] as const,
  coverage: (weekStart: string, departmentId: string) =>
    [...slaKeys.all, 'coverage', weekStart, departmentId] as const,
};

/** The live queue refreshes on its own at this pace; selection and open dialogs are kept. */
export const QUEUE_REFRESH_MS = 12_000;

export const slaDashboardQuery = (query: QueryParams) =>
  queryOptions({
    queryKey: slaKeys.metrics(query),
    queryFn: ({ signal }) => api.get('/doctors/metrics', slaDashboardSchema, { query, signal }),
  });

export function useSlaDashboard(query: QueryParams) {
  return useQuery({ ...slaDashboardQuery(query), placeholderData: keepPreviousData });
}

export function useQueue(departmentId: string | undefined) {
  return useQuery({
    queryKey: slaKeys.queue(departmentId),
    queryFn: ({ signal }) =>
      api.get('/doctors/consultations/queue', queueSchema, { query: { departmentId }, signal }),
    refetchInterval: QUEUE_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}

export function useOnDuty(departmentId: string, enabled: boolean) {
  return useQuery({
    queryKey: slaKeys.onDuty(departmentId),
    queryFn: ({ signal }) =>
      api.get('/doctors/on-duty', onDutyListSchema, { query: { departmentId }, signal }),
    enabled,
    staleTime: 0,
  });
}

export function useReassign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ReassignInput }) =>
      api.post(`/doctors/consultations/${encodeURIComponent(id)}/reassign`, input, consultationSchema),
    onSettled: () => client.invalidateQueries({ queryKey: slaKeys.all }),
  });
}

export function useBreaches(query: QueryParams) {
  return useQuery({
    queryKey: slaKeys.breaches(query),
    queryFn: ({ signal }) => api.get('/doctors/breaches', breachPageSchema, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useWaive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: WaiveInput }) =>
      api.post(`/doctors/breaches/${encodeURIComponent(id)}/waive`, input, breachLogItemSchema),
    // A waived DOCTOR_WEEKLY week can lift a doctor's sla_risk flag.
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: slaKeys.all }),
        client.invalidateQueries({ queryKey: doctorKeys.all }),
      ]),
  });
}

export function useShifts(weekStart: string, departmentId: string) {
  return useQuery({
    queryKey: slaKeys.shifts(weekStart, departmentId),
    queryFn: ({ signal }) =>
      api.get('/doctors/shifts', shiftListSchema, { query: { weekStart, departmentId }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCoverage(weekStart: string, departmentId: string) {
  return useQuery({
    queryKey: slaKeys.coverage(weekStart, departmentId),
    queryFn: ({ signal }) =>
      api.get('/doctors/coverage', coverageMapSchema, { query: { weekStart, departmentId }, signal }),
    placeholderData: keepPreviousData,
  });
}

function useRosterMutation<V, R>(run: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => client.invalidateQueries({ queryKey: slaKeys.all }),
  });
}

export const useCreateShift = () =>
  useRosterMutation((input: ShiftCreateInput) => api.post('/doctors/shifts', input, shiftSchema));
export const useMoveShift = () =>
  useRosterMutation(({ id, input }: { id: string; input: ShiftPatchInput }) =>
    api.patch(`/doctors/shifts/${encodeURIComponent(id)}`, input, shiftSchema),
  );
export const useCancelShift = () =>
  useRosterMutation(({ id, version, reason }: { id: string; version: number; reason: string }) =>
    api.post(`/doctors/shifts/${encodeURIComponent(id)}/cancel`, { version, reason }, shiftSchema),
  );
export const useCopyWeek = () =>
  useRosterMutation((input: { fromWeekStart: string; toWeekStart: string; departmentId?: string }) =>
    api.post('/doctors/shifts/copy-week', input, copyWeekResultSchema),
  );
export const usePublishWeek = () =>
  useRosterMutation((input: { weekStart: string; departmentId?: string }) =>
    api.post('/doctors/shifts/publish', input, publishResultSchema),
  );

export function useDoctorAction(kind: 'flag' | 'suspend') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: DoctorFlagInput | DoctorSuspendInput }) =>
      api.post(`/doctors/doctors/${encodeURIComponent(id)}/${kind}`, input, doctorSchema),
    onSuccess: (doctor) => client.setQueryData(doctorKeys.detail(doctor.id), doctor),
    onSettled: () => client.invalidateQueries({ queryKey: doctorKeys.all }),
  });
}
