import { http } from 'msw';
import { can } from '@careops/domain/auth';
import {
  departmentListSchema,
  doctorListQuerySchema,
  doctorPageSchema,
  doctorSchema,
} from '@careops/domain/doctors';
import { endpoint, type Server } from '../http/endpoint';
import { notFound } from '../http/errors';
import { listPage } from '../http/list';

export function doctorHandlers(server: Server, api: string) {
  const { db } = server;
  return [
    http.get(
      `${api}/doctors/departments`,
      endpoint(
        server,
        {
          permission: (u) => can(u, 'doctor.view') || can(u, 'sla.view'),
          action: 'doctor.view',
          response: departmentListSchema,
        },
        () => ({ items: db.departments.all() }),
      ),
    ),

    http.get(
      `${api}/doctors/doctors`,
      endpoint(
        server,
        {
          permission: 'doctor.view',
          action: 'doctor.view',
          query: doctorListQuerySchema,
          response: doctorPageSchema,
        },
        ({ query, locale }) =>
          listPage(db.doctors.all(), query, {
            search: (d) => [d.name['zh-CN'], d.name['en-US'], d.licenseNo, d.id],
            filters: [
              query.status && ((d) => query.status?.includes(d.status) ?? true),
              query.title && ((d) => query.title?.includes(d.title) ?? true),
              query.departmentId !== undefined
                ? (d) => d.departmentIds.includes(query.departmentId ?? '')
                : undefined,
            ],
            sortBy: {
              name: (d) => d.name[locale],
              title: (d) => d.title,
              ratingAvg: (d) => d.ratingAvg,
              licenseExpiry: (d) => d.licenseExpiry,
            },
            defaultSort: 'name:asc',
          }),
      ),
    ),

    http.get(
      `${api}/doctors/doctors/:id`,
      endpoint(
        server,
        { permission: 'doctor.view', action: 'doctor.view', response: doctorSchema },
        ({ params }) => {
          const doctor = db.doctors.get(params.id ?? '');
          if (!doctor) throw notFound('Doctor');
          return doctor;
        },
      ),
    ),
  ];
}
