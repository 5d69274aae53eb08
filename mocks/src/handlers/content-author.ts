import { http } from 'msw';
import { toIsoCst } from '@careops/domain';
import {
  contentItemSchema,
  countHits,
  newVersionCommandSchema,
  publishCommandSchema,
  submissionResultSchema,
  submissionSchema,
  transition,
  type ContentActor,
  type ContentItem,
} from '@careops/domain/content';
import { ulid } from '../db/ulid';
import { endpoint, type Server } from '../http/endpoint';
import { notFound } from '../http/errors';
import {
  auditContent,
  buildVersion,
  itemState,
  refusalError,
  screen,
  staleVersion,
  versionsOf,
} from './content-store';

/** Audit events of the simulated author app say where they came from. */
const CLIENT = 'author-portal (mock)';
const anyone = () => true;

/**
 * The author side of content review, simulated: authors work in another app, so these routes
 * exist only in mock mode (under /__mock/) for demos and tests. Any signed-in console user may
 * drive them; the author is the one named in the submission.
 */
export function contentAuthorHandlers(server: Server, api: string) {
  const { db } = server;
  const base = `${api}/__mock/content`;
  return [
    http.post(
      `${base}/submissions`,
      endpoint(
        server,
        {
          permission: anyone,
          action: 'content.submit',
          body: submissionSchema,
          response: submissionResultSchema,
          status: 201,
        },
        ({ body, user, requestId }) => {
          const now = db.now();
          const ctx = { db, user, requestId, client: CLIENT };
          const key = ulid(now).toLowerCase();
          const authorId = body.authorId ?? `${body.authorType}_portal`;
          const draft: ContentItem = {
            id: `cnt_${key}`,
            type: body.type,
            title: body.title,
            authorId,
            authorName: { 'zh-CN': body.authorName ?? authorId, 'en-US': body.authorName ?? authorId },
            authorType: body.authorType,
            ...(body.orgId ? { orgId: body.orgId } : {}),
            purpose: body.purpose,
            audience: body.audience,
            products: body.products,
            hasCommerceLink: body.hasCommerceLink,
            ...(body.liveStartAt ? { liveStartAt: body.liveStartAt } : {}),
            status: 'draft',
            currentVersionId: `cv_${key}`,
            currentVersionNo: 1,
            hitCounts: { block: 0, high: 0, medium: 0 },
            history: [],
            submittedAt: toIsoCst(now),
            updatedAt: toIsoCst(now),
            version: 0,
          };
          const version = db.contentVersions.put(
            buildVersion(
              db,
              draft,
              {
                id: draft.currentVersionId,
                versionNo: 1,
                body: body.body,
                transcript: body.transcript,
                submittedBy: authorId,
              },
              now,
            ),
          );
          const submitted = transition(
            { ...draft, hitCounts: countHits(version.ruleHits) },
            'submit',
            { kind: 'author', id: authorId },
            now,
          );
          if (!submitted.ok) throw refusalError(submitted);
          const item = db.content.put(submitted.item);
          auditContent(ctx, 'content.submit', item, {
            after: { ...itemState(item), authorId, versionNo: 1, ruleSetVersion: version.ruleSetVersion },
          });
          const screened = screen(ctx, item, version, now);
          return { item: screened.item, version, ...(screened.task ? { task: screened.task } : {}) };
        },
      ),
    ),
    http.post(
      `${base}/items/:id/versions`,
      endpoint(
        server,
        {
          permission: anyone,
          action: 'content.new_version',
          body: newVersionCommandSchema,
          response: submissionResultSchema,
          status: 201,
        },
        ({ params, body, user, requestId }) => {
          const item = db.content.get(params.id ?? '');
          if (!item) throw notFound('Content item');
          const now = db.now();
          const ctx = { db, user, requestId, client: CLIENT };
          const previous = versionsOf(db, item.id).at(-1);
          const versionNo = (previous?.versionNo ?? 0) + 1;
          const version = buildVersion(
            db,
            item,
            {
              id: `cv_${ulid(now).toLowerCase()}`,
              versionNo,
              body: body.body,
              transcript: body.transcript,
              submittedBy: item.authorId,
            },
            now,
            previous,
          );
          const author: ContentActor = { kind: 'author', id: item.authorId };
          const hitCounts = countHits(version.ruleHits);
          const moved = transition(item, 'new_version', author, now, {
            newVersion: { id: version.id, versionNo, hitCounts },
          });
          if (!moved.ok) throw refusalError(moved);
          db.contentVersions.put(version);
          const saved = db.content.put(moved.item);
          auditContent(ctx, 'content.new_version', saved, {
            before: itemState(item),
            after: { ...itemState(saved), versionNo, ruleSetVersion: version.ruleSetVersion },
          });
          const screened = screen(ctx, saved, version, now);
          return { item: screened.item, version, ...(screened.task ? { task: screened.task } : {}) };
        },
      ),
    ),
    http.post(
      `${base}/items/:id/publish`,
      endpoint(
        server,
        {
          permission: anyone,
          action: 'content.publish',
          body: publishCommandSchema,
          response: contentItemSchema,
        },
        ({ params, body, user, requestId }) => {
          const item = db.content.get(params.id ?? '');
          if (!item) throw notFound('Content item');
          if (item.version !== body.version) throw staleVersion('content item', item);
          const now = db.now();
          const later = body.at !== undefined && Date.parse(body.at) > now;
          const moved = transition(
            item,
            later ? 'schedule' : 'publish',
            { kind: 'author', id: item.authorId },
            now,
          );
          if (!moved.ok) throw refusalError(moved);
          const saved = db.content.put(moved.item);
          auditContent(
            { db, user, requestId, client: CLIENT },
            later ? 'content.schedule' : 'content.publish',
            saved,
            {
              before: itemState(item),
              after: { ...itemState(saved), ...(later && body.at ? { publishAt: body.at } : {}) },
            },
          );
          return saved;
        },
      ),
    ),
  ];
}
