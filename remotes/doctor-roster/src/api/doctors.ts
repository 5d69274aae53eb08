import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type QueryParams } from '@careops/api';
import {
  departmentListSchema,
  doctorPageSchema,
  doctorSchema,
  doctorWeeklyReportSchema,
} from '@careops/domain/doctors';

export const doctorKeys = {
  all: ['doctors', 'doctors'] as const,
  list: (query: QueryParams) => [...doctorKeys.all, 'list', query] as const,
  detail: (id: string) => [...doctorKeys.all, 'detail', id] as const,
  weekly: (id: string) => [...doctorKeys.all, 'weekly', id] as const,
};

export function useDoctors(query: QueryParams) {
  return useQuery({
    queryKey: doctorKeys.list(query),
    queryFn: ({ signal }) => api.get('/doctors/doctors', doctorPageSchema, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDoctor(id: string) {
  return useQuery({
    queryKey: doctorKeys.detail(id),
    queryFn: ({ signal }) => api.get(`/doctors/doctors/${encodeURIComponent(id)}`, doctorSchema, { signal }),
  });
}

export const departmentsQuery = queryOptions({
  queryKey: ['doctors', 'departments'],
  queryFn: ({ signal }) => api.get('/doctors/departments', departmentListSchema, { signal }),
  staleTime: 5 * 60_000,
});

export function useDepartments() {
  return useQuery(departmentsQuery);
}

/** §1.4 DOCTOR_WEEKLY: the doctor's last whole weeks as the server judged them. */
export function useDoctorWeekly(id: string) {
  return useQuery({
    queryKey: doctorKeys.weekly(id),
    queryFn: ({ signal }) =>
      api.get(`/doctors/doctors/${encodeURIComponent(id)}/weekly`, doctorWeeklyReportSchema, { signal }),
  });
}
