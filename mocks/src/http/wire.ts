import type { Scenario } from './scenario';

/** Matches the API under any origin, so a configured base URL works in the browser and in Node. */
export const API_PATTERN = '*/api/v1';

/** A request or response as it crosses between the page and the mock API's worker. */
export interface WireRequest {
  url: string;
  method: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
}

export interface WireResponse {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer | null;
}

/** Every message carries the page's clock: the server's time is the page's (see api-worker.ts). */
export type ToApiWorker =
  | { type: 'start'; now: number; scenario: Scenario }
  | { type: 'request'; now: number; id: number; request: WireRequest };

export type FromApiWorker =
  | { type: 'ready' }
  | { type: 'scenario'; scenario: Scenario }
  | { type: 'response'; id: number; response: WireResponse }
  | { type: 'failure'; id: number; message: string };
