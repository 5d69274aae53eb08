// Static server for the production builds of the shell and the five remotes, used by `pnpm start`
// and by Playwright's webServer. Plain Node, no dependencies.
//
//   node e2e/server/serve.mjs
//   SERVE_PORTS=3000,3001 node e2e/server/serve.mjs   only some apps
//   SERVE_ROOT=/tmp/fake-repo node e2e/server/serve.mjs   dist dirs from another root (testing)
//
// A control server on 127.0.0.1:3099 lets failure specs break a remote on purpose:
//   POST /remotes/<port>/stop    close the port (open sockets destroyed, so connections are refused)
//   POST /remotes/<port>/start   serve again (requests held by `hang` are answered)
//   POST /remotes/<port>/hang    keep listening, accept requests, never answer
//   POST /reset                  every port back to `up`
//   GET  /status                 {"3000":"up","3001":"down",...}

import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);

const ROOT = path.resolve(process.env.SERVE_ROOT || fileURLToPath(new URL('../..', import.meta.url)));
const CONTROL_PORT = 3099;

const APPS = [
  { name: 'shell', port: 3000, dir: 'shell/dist', spa: true },
  { name: 'doctor-roster', port: 3001, dir: 'remotes/doctor-roster/dist' },
  { name: 'pharmacy-orders', port: 3002, dir: 'remotes/pharmacy-orders/dist' },
  { name: 'insurance', port: 3003, dir: 'remotes/insurance/dist' },
  { name: 'content-review', port: 3004, dir: 'remotes/content-review/dist' },
  { name: 'community', port: 3005, dir: 'remotes/community/dist' },
];

// Both loopback addresses, so http://localhost:PORT works whether the client resolves localhost to
// 127.0.0.1 or ::1 (Chromium tries ::1), without exposing the servers beyond this machine.
const LOOPBACK = ['127.0.0.1', '::1'];

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
const GZIP_EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);
const ALWAYS_REVALIDATE = new Set(['mf-manifest.json', 'remoteEntry.js']);
const HASHED_NAME = /[.-][0-9a-f]{8,}\./i;

// ---------------------------------------------------------------------------------------------
// Files

/** absolute path → { mtimeMs, size, etag, body, gzipped? } */
const fileCache = new Map();

async function loadFile(file, stats) {
  const cached = fileCache.get(file);
  if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached;
  const entry = {
    mtimeMs: stats.mtimeMs,
    size: stats.size,
    etag: `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`,
    body: await readFile(file),
    gzipped: undefined,
  };
  fileCache.set(file, entry);
  return entry;
}

async function statFile(file) {
  try {
    const stats = await stat(file);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

function cacheControl(relPath, ext) {
  const base = path.posix.basename(relPath);
  if (ext === '.html' || ext === '.json' || ALWAYS_REVALIDATE.has(base)) return 'no-cache';
  if (relPath.startsWith('static/') && HASHED_NAME.test(base)) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

function acceptsGzip(req) {
  const header = req.headers['accept-encoding'];
  if (typeof header !== 'string') return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/** Maps a request path to a file inside `root`, or `null` when the path is not acceptable. */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.includes('..')) return null;
  let rel = segments.filter((s) => s && s !== '.').join('/');
  if (decoded.endsWith('/') || rel === '') rel = rel ? `${rel}/index.html` : 'index.html';
  const file = path.resolve(root, rel);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return { file, rel };
}

function sendText(res, status, text, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-cache',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function sendJson(res, status, value) {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-cache',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

async function sendFile(req, res, file, rel) {
  const stats = await statFile(file);
  if (!stats) return false;
  const ext = path.extname(file).toLowerCase();
  const headers = {
    'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': cacheControl(rel, ext),
  };
  const compressible = GZIP_EXTENSIONS.has(ext);
  if (compressible) headers.Vary = 'Accept-Encoding';

  // Fonts, images and source maps can be large and are never compressed: stream them.
  if (!compressible) {
    headers['Content-Length'] = stats.size;
    headers['Last-Modified'] = stats.mtime.toUTCString();
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
    } else {
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    }
    return true;
  }

  const entry = await loadFile(file, stats);
  headers.ETag = entry.etag;
  if (req.headers['if-none-match'] === entry.etag) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  let body = entry.body;
  if (acceptsGzip(req)) {
    entry.gzipped ??= await gzipAsync(entry.body);
    body = entry.gzipped;
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

// ---------------------------------------------------------------------------------------------
// App servers

/**
 * One entry per served port. `servers` holds one http.Server per loopback address while the port is
 * up or hung; `hung` holds the requests held back in hang mode.
 */
const states = new Map();

function createHandler(app, state) {
  const root = path.resolve(ROOT, app.dir);
  return async function handle(req, res) {
    // Remotes are fetched cross-origin by the shell; every response, errors included, carries CORS.
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (state.mode === 'hang') {
      const held = { req, res };
      state.hung.add(held);
      res.on('close', () => state.hung.delete(held));
      return;
    }
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
          'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
          'Access-Control-Max-Age': '600',
        });
        return res.end();
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return sendText(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD, OPTIONS' });
      }
      const urlPath = (req.url ?? '/').split('?')[0] ?? '/';
      const target = resolveInside(root, urlPath);
      if (!target) return sendText(res, 400, 'Bad Request\n');
      if (await sendFile(req, res, target.file, target.rel)) return;

      // An API call that reaches a static server means the mock service worker did not catch it;
      // answer in the API's error shape rather than with the SPA's HTML.
      if (app.spa && urlPath.startsWith('/api/')) {
        return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `No API at ${urlPath}` } });
      }
      if (app.spa && path.posix.extname(urlPath) === '') {
        const index = path.join(root, 'index.html');
        if (await sendFile(req, res, index, 'index.html')) return;
      }
      sendText(res, 404, 'Not Found\n');
    } catch (error) {
      console.error(`[${app.name}] ${req.method} ${req.url}:`, error);
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error\n');
      else res.destroy();
    }
  };
}

function listenOn(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (error) => reject(error);
    server.once('error', onError);
    server.listen({ port, host }, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

function closeServer(server) {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
  });
}

let hosts = LOOPBACK;

async function bringUp(state) {
  const servers = [];
  try {
    for (const host of hosts) {
      const server = http.createServer(state.handler);
      server.on('connection', (socket) => {
        state.sockets.add(socket);
        socket.on('close', () => state.sockets.delete(socket));
      });
      servers.push(server);
      await listenOn(server, state.app.port, host);
    }
  } catch (error) {
    await Promise.all(servers.map(closeServer));
    throw error;
  }
  state.servers = servers;
}

async function bringDown(state) {
  const closing = state.servers.map(closeServer);
  for (const socket of state.sockets) socket.destroy();
  await Promise.all(closing);
  state.servers = [];
  state.hung.clear();
}

function releaseHung(state) {
  const held = [...state.hung];
  state.hung.clear();
  for (const { req, res } of held) if (!res.destroyed) state.handler(req, res);
}

/** Resolves once the port really is in `mode`; returns whether anything changed. */
async function setMode(state, mode) {
  if (state.mode === mode) return false;
  if (mode === 'down') {
    state.mode = 'down';
    await bringDown(state);
    return true;
  }
  if (state.mode === 'down') await bringUp(state);
  state.mode = mode;
  if (mode === 'up') releaseHung(state);
  return true;
}

// Control calls change shared state; run them one at a time so stop/start races stay ordered.
/** @type {Promise<unknown>} */
let queue = Promise.resolve();
/**
 * @template T
 * @param {() => Promise<T>} task
 * @returns {Promise<T>}
 */
function serially(task) {
  const run = queue.then(task);
  queue = run.catch(() => {});
  return run;
}

// ---------------------------------------------------------------------------------------------
// Control server

function statusBody() {
  return Object.fromEntries([...states].map(([port, state]) => [String(port), state.mode]));
}

async function handleControl(req, res) {
  const urlPath = (req.url ?? '/').split('?')[0];
  try {
    if (urlPath === '/status') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Use GET\n');
      return sendJson(res, 200, statusBody());
    }
    if (urlPath === '/reset' && req.method === 'POST') {
      const changed = await serially(async () => {
        const results = [];
        for (const state of states.values()) results.push(await setMode(state, 'up'));
        return results.some(Boolean);
      });
      if (changed) console.log('[control] reset: every port up');
      return sendJson(res, 200, statusBody());
    }
    const match = /^\/remotes\/(\d+)\/(stop|start|hang)$/.exec(urlPath);
    if (!match) return sendText(res, 404, 'Not Found\n');
    if (req.method !== 'POST') return sendText(res, 405, 'Use POST\n', { Allow: 'POST' });
    const port = Number(match[1]);
    const action = match[2];
    const state = states.get(port);
    if (!state) return sendJson(res, 404, { error: `port ${port} is not served` });
    const mode = action === 'stop' ? 'down' : action === 'hang' ? 'hang' : 'up';
    const changed = await serially(() => setMode(state, mode));
    if (changed) console.log(`[control] ${state.app.name} (${port}) → ${mode}`);
    return sendJson(res, 200, statusBody());
  } catch (error) {
    console.error('[control]', error);
    return sendJson(res, 500, { error: String(error?.message ?? error) });
  }
}

// ---------------------------------------------------------------------------------------------
// Startup and shutdown

function fail(message) {
  console.error(`serve: ${message}`);
  process.exit(1);
}

function selectApps() {
  const raw = process.env.SERVE_PORTS?.trim();
  if (!raw) return APPS;
  const ports = raw.split(',').map((p) => Number(p.trim()));
  for (const port of ports) {
    if (!APPS.some((app) => app.port === port)) {
      fail(`SERVE_PORTS: ${port} is not an app port (${APPS.map((a) => a.port).join(', ')})`);
    }
  }
  return APPS.filter((app) => ports.includes(app.port));
}

async function checkDist(apps) {
  const missing = [];
  for (const app of apps) {
    const dir = path.resolve(ROOT, app.dir);
    const stats = await stat(dir).catch(() => undefined);
    if (!stats?.isDirectory()) missing.push(dir);
  }
  if (missing.length) {
    fail(`missing build output:\n  ${missing.join('\n  ')}\nrun the build first: pnpm build`);
  }
}

/** Drops ::1 when this machine has no IPv6 loopback. */
async function detectHosts() {
  const probe = http.createServer();
  try {
    await listenOn(probe, 0, '::1');
    await closeServer(probe);
    return LOOPBACK;
  } catch {
    return ['127.0.0.1'];
  }
}

function describeListenError(error, port) {
  if (error?.code === 'EADDRINUSE') {
    return `port ${port} is already in use (another \`pnpm start\` or dev server running?)`;
  }
  return `cannot listen on port ${port}: ${error?.message ?? error}`;
}

const controlServers = [];
let shuttingDown = false;

async function shutdown(signal) {
  if (shuttingDown) process.exit(1);
  shuttingDown = true;
  console.log(`serve: ${signal}, shutting down`);
  setTimeout(() => process.exit(0), 3000).unref();
  const closing = [...states.values()].map((state) => bringDown(state));
  for (const server of controlServers) {
    closing.push(closeServer(server));
    server.closeAllConnections();
  }
  await Promise.all(closing);
  process.exit(0);
}

async function main() {
  const apps = selectApps();
  await checkDist(apps);
  hosts = await detectHosts();

  for (const app of apps) {
    const state = { app, mode: 'down', servers: [], sockets: new Set(), hung: new Set(), handler: null };
    state.handler = createHandler(app, state);
    states.set(app.port, state);
  }

  for (const state of states.values()) {
    try {
      await setMode(state, 'up');
    } catch (error) {
      await Promise.all([...states.values()].map(bringDown));
      fail(describeListenError(error, state.app.port));
    }
    console.log(`${state.app.name} → http://localhost:${state.app.port}`);
  }

  for (const host of hosts) {
    const server = http.createServer(handleControl);
    controlServers.push(server);
    try {
      await listenOn(server, CONTROL_PORT, host);
    } catch (error) {
      fail(describeListenError(error, CONTROL_PORT));
    }
  }
  console.log(`control → http://localhost:${CONTROL_PORT}/status`);

  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error) => fail(error?.stack ?? String(error)));
