/**
 * The only server the end-to-end tests talk to. It listens on one loopback port and
 * speaks TLS or plain HTTP depending on the first byte, so the browsers can reach
 * it under the real host names (Chromium through --host-resolver-rules, Firefox
 * through an HTTP proxy whose CONNECT tunnels come back here). Every request it
 * sees is recorded, which is how the tests prove nothing else was asked for.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const SHARED_FIXTURES = path.resolve(ROOT, '../shared/fixtures');
export const PROJECT_FIXTURES = path.join(ROOT, 'tests/fixtures');
export const E2E_PAGES = path.join(ROOT, 'tests/e2e/pages');

/** Host names the tests serve pages under. Anything else reaching the server is a stray request. */
export const TEST_HOSTS = [
  'www.facebook.com',
  'web.facebook.com',
  'www.reddit.com',
  'old.reddit.com',
  'healthunlocked.com',
  'community.patient.info',
  'forum.spoonbook.test',
  'forum-b.spoonbook.test',
];

export interface RecordedRequest {
  host: string;
  method: string;
  url: string;
  secure: boolean;
  /** The first 4 KB of a request body, so browser housekeeping can be told apart from anything else. */
  body?: string;
}

export interface TestServer {
  port: number;
  requests: RecordedRequest[];
  /** Pages the test registers on the fly: key is `host + pathname`. */
  routes: Map<string, { body: string | Buffer; type: string }>;
  close(): Promise<void>;
}

function certificate(dir: string): { key: Buffer; cert: Buffer } {
  const keyPath = path.join(dir, 'key.pem');
  const certPath = path.join(dir, 'cert.pem');
  if (!existsSync(certPath)) {
    mkdirSync(dir, { recursive: true });
    const san = ['*.facebook.com', '*.reddit.com', '*.spoonbook.test', ...TEST_HOSTS].map((h) => `DNS:${h}`).join(',');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=spoonbook-test',
      '-addext', `subjectAltName=${san}`, '-keyout', keyPath, '-out', certPath,
    ], { stdio: 'ignore' });
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}

/** Real forum pages keep their scripts; in a live tab we drop them and forbid every load. */
function neuter(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*>/gi, '');
}

const LOCKED_DOWN_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'self'";

function resolveFile(host: string, pathname: string): { file: string; csp: string; charset: string } | null {
  const clean = decodeURIComponent(pathname);
  if (clean.includes('..')) return null;
  const pick = (base: string, rel: string) => {
    const file = path.join(base, rel);
    return file.startsWith(base) && existsSync(file) ? file : null;
  };
  // Real pages from ../shared/fixtures, served on the test forum host.
  if (clean.startsWith('/shared/')) {
    const file = pick(SHARED_FIXTURES, clean.slice('/shared/'.length));
    const charset = clean.includes('vbulletin') ? 'windows-1252' : 'utf-8';
    return file ? { file, csp: LOCKED_DOWN_CSP, charset } : null;
  }
  if (clean.startsWith('/fixtures/')) {
    const file = pick(PROJECT_FIXTURES, clean.slice('/fixtures/'.length));
    return file ? { file, csp: LOCKED_DOWN_CSP, charset: 'utf-8' } : null;
  }
  if (clean.startsWith('/pages/')) {
    const file = pick(E2E_PAGES, clean.slice('/pages/'.length));
    return file ? { file, csp: LOCKED_DOWN_CSP, charset: 'utf-8' } : null;
  }
  // Built-in hosts show the project's synthetic pages for their platform.
  const builtIn: Array<[boolean, string]> = [
    [host === 'www.reddit.com' && clean.startsWith('/r/'), 'reddit/shreddit.html'],
    [host === 'old.reddit.com' && clean.startsWith('/r/'), 'reddit/old.html'],
    [host === 'community.patient.info' && clean.startsWith('/t/'), 'discourse/topic.html'],
  ];
  for (const [matches, rel] of builtIn) {
    const file = matches ? pick(PROJECT_FIXTURES, rel) : null;
    if (file) return { file, csp: LOCKED_DOWN_CSP, charset: 'utf-8' };
  }
  // Facebook group URLs all show the project's synthetic group page.
  if (host.endsWith('facebook.com') && clean.startsWith('/groups/')) {
    const own = pick(PROJECT_FIXTURES, 'facebook/group.html') ?? pick(E2E_PAGES, 'facebook-group.html');
    return own ? { file: own, csp: LOCKED_DOWN_CSP, charset: 'utf-8' } : null;
  }
  return null;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export async function startServer(tmpDir: string): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const routes = new Map<string, { body: string | Buffer; type: string }>();

  const handler = (secure: boolean) => (req: http.IncomingMessage, res: http.ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `${secure ? 'https' : 'http'}://${host || 'unknown'}`);
    const recorded: RecordedRequest = { host, method: req.method ?? 'GET', url: url.href, secure };
    requests.push(recorded);
    req.on('data', (chunk: Buffer) => {
      if ((recorded.body ?? '').length < 4096) recorded.body = (recorded.body ?? '') + chunk.toString('utf8').slice(0, 4096);
    });
    const route = routes.get(host + url.pathname);
    if (route) {
      res.writeHead(200, { 'content-type': route.type, 'content-security-policy': LOCKED_DOWN_CSP, 'cache-control': 'no-store' });
      res.end(route.body);
      return;
    }
    const found = TEST_HOSTS.includes(host) ? resolveFile(host, url.pathname) : null;
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not a test page');
      return;
    }
    const ext = path.extname(found.file);
    let body: Buffer | string = readFileSync(found.file);
    if (ext === '.html' && found.file.startsWith(SHARED_FIXTURES)) body = Buffer.from(neuter(body.toString('latin1')), 'latin1');
    res.writeHead(200, {
      'content-type': `${TYPES[ext] ?? 'application/octet-stream'}; charset=${found.charset}`,
      'content-security-policy': found.csp,
      'cache-control': 'no-store',
    });
    res.end(body);
  };

  const tlsServer = https.createServer(certificate(tmpDir), handler(true));
  const plainServer = http.createServer(handler(false));
  const sockets = new Set<net.Socket>();
  const front = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null;
      if (!first) return socket.destroy();
      socket.unshift(first);
      (first[0] === 0x16 ? tlsServer : plainServer).emit('connection', socket);
    });
  });

  // Firefox's proxy: CONNECT host:443 tunnels straight back into this server.
  plainServer.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = req.url ?? '';
    requests.push({ host: target.replace(/:\d+$/, ''), method: 'CONNECT', url: target, secure: true });
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });

  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const port = (front.address() as net.AddressInfo).port;

  return {
    port,
    requests,
    routes,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        front.close(() => resolve());
      }),
  };
}

/**
 * Chromium itself, not any extension, checks its on-demand components and the
 * network time even with background networking off. Those two endpoints are the
 * browser's; they are still treated as stray if they mention Spoonbook's id.
 */
function isBrowserHousekeeping(r: RecordedRequest, extensionId: string): boolean {
  const url = new URL(r.url);
  const known =
    (r.host === 'update.googleapis.com' && url.pathname === '/service/update2/json') ||
    (r.host === 'clients2.google.com' && url.pathname === '/time/1/current');
  return known && !(r.body ?? '').includes(extensionId) && !r.url.includes(extensionId);
}

/** Requests to anything that is not one of the test hosts: must stay empty. */
export function strayRequests(requests: RecordedRequest[], extensionId = ''): RecordedRequest[] {
  return requests.filter((r) => !TEST_HOSTS.includes(r.host) && !(extensionId && isBrowserHousekeeping(r, extensionId)));
}

/** Chromium flags for every run that loads the extension: headless-safe, and quiet on the network. */
export function chromiumArgs(build: string, hostResolverRules: string): string[] {
  return [
    `--disable-extensions-except=${build}`,
    `--load-extension=${build}`,
    `--host-resolver-rules=${hostResolverRules}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
  ];
}
