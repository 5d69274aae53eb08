import { z } from 'zod';
import { localizedTextSchema } from './common';
import { PERMISSIONS, type Permission } from './auth/permissions';

/** One entry of the runtime registry `/remotes.json` (ARCHITECTURE.md §3). */
export const remoteEntrySchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Module Federation name, e.g. pharmacyOrders */
  name: z.string().regex(/^[A-Za-z_$][\w$]*$/),
  /** URL of the remote's mf-manifest.json, absolute or relative to the registry */
  entry: z.string().min(1),
  basePath: z.string().regex(/^\/[a-z0-9-]+$/),
  title: localizedTextSchema,
  icon: z.string(),
  permission: z.enum(PERMISSIONS as [Permission, ...Permission[]]),
  enabled: z.boolean(),
  version: z.string(),
});
export type RemoteEntry = z.infer<typeof remoteEntrySchema>;

export const remoteRegistrySchema = z.object({ remotes: z.array(remoteEntrySchema) });
export type RemoteRegistry = z.infer<typeof remoteRegistrySchema>;
