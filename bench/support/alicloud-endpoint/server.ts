/**
 * A local Alibaba Cloud endpoint (node:http on 127.0.0.1, a random port) that
 * speaks the three protocols the audit uses, so tests and the benchmark drive
 * the real pop-core and ali-oss clients — their signing, serialisation and
 * error paths — rather than mocks:
 * - RPC: form POST or query GET, `Action` + `Version` (the version names the
 *   product), HMAC-SHA1 signature checked against the account's secret, JSON
 *   answers and `{Code, Message}` errors;
 * - ROA (Elasticsearch): `GET /openapi/...` with an `acs` Authorization
 *   header; the region is the first path segment of the endpoint override
 *   (`http://127.0.0.1:PORT/{region}`), since a ROA request names none;
 * - OSS: REST-XML with an `OSS` Authorization header, bucket and region from
 *   the Host header.
 * Temporary credentials from AssumeRole work like the account's own key and
 * need their security token. Faults (denied actions, throttling that passes,
 * latency) are injected per `product:Operation`, and every request is counted.
 */
import { createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeAlicloudAccount, FakeFaults } from './account.js';
import { FakeApiError } from './paging.js';
import { ossAnswer, ossErrorXml, ossOperation, parseOssHost } from './oss-handlers.js';
import { roaAnswer } from './roa-handlers.js';
import { rpcAnswer, RPC_PRODUCTS, type RpcContext } from './rpc-handlers.js';

export interface FakeCall {
  /** `ecs:DescribeSecurityGroups` */
  action: string;
  region: string;
  accessKeyId: string;
}

export interface FakeAlicloudEndpoint {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** The `--endpoint` overrides that point every product here. */
  endpoints: Record<string, string>;
  calls: FakeCall[];
  stop(): Promise<void>;
}

interface Key {
  secret: string;
  token?: string;
  roleArn?: string;
}

/** Alibaba's percent-encoding for RPC signatures (RFC 3986, with `*` encoded, `~` kept). */
function percent(s: string): string {
  return encodeURIComponent(s).replace(/!/g, '%21').replace(/'/g, '%27').replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\*/g, '%2A');
}

function rpcSignature(method: string, params: Record<string, string>, secret: string): string {
  const canonical = Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${percent(k)}=${percent(params[k]!)}`)
    .join('&');
  return createHmac('sha1', `${secret}&`).update(`${method}&${percent('/')}&${percent(canonical)}`).digest('base64');
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function startFakeAlicloud(account: FakeAlicloudAccount, faults: FakeFaults = {}): Promise<FakeAlicloudEndpoint> {
  const keys = new Map<string, Key>([[account.accessKeyId, { secret: account.accessKeySecret }]]);
  const calls: FakeCall[] = [];
  const throttled = new Map<string, number>();

  const issueStsCredentials = (roleArn: string) => {
    const accessKeyId = `STS.${randomBytes(12).toString('hex')}`;
    const accessKeySecret = randomBytes(16).toString('hex');
    const securityToken = randomBytes(48).toString('base64');
    keys.set(accessKeyId, { secret: accessKeySecret, token: securityToken, roleArn });
    return { accessKeyId, accessKeySecret, securityToken };
  };

  /** The injected fault for this call, if any: a denial, or one of the throttling replies still owed. */
  const faultFor = (action: string, region: string, style: 'rpc' | 'oss'): FakeApiError | undefined => {
    const product = action.split(':')[0];
    const matches = (pattern: string) => pattern === action || pattern === `${product}:*`;
    const deny = faults.deny?.find((d) => matches(d.action) && (!d.region || d.region === region));
    if (deny) return new FakeApiError(deny.code ?? (style === 'oss' ? 'AccessDenied' : 'Forbidden.RAM'), `User not authorized to operate on the specified resource (${action}).`, deny.status ?? 403);
    const throttle = faults.throttle?.find((t) => matches(t.action));
    if (throttle) {
      const key = `${throttle.action}|${region}`;
      const served = throttled.get(key) ?? 0;
      if (served < throttle.times) {
        throttled.set(key, served + 1);
        return new FakeApiError(throttle.code ?? (style === 'oss' ? 'ServiceUnavailable' : 'Throttling.User'), 'Request was denied due to user flow control.', throttle.status ?? (style === 'oss' ? 503 : 400));
      }
    }
    return undefined;
  };

  const sendJson = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const jsonError = (res: http.ServerResponse, e: FakeApiError) =>
    sendJson(res, e.status, { RequestId: 'F00D0000-0000-0000-0000-000000000000', HostId: 'aliyuncs.com', Code: e.code, Message: e.message, Recommend: '' });
  const xmlError = (res: http.ServerResponse, e: FakeApiError) => {
    res.writeHead(e.status, { 'content-type': 'application/xml', 'x-oss-request-id': '5C3D9175B6FC201293AD0000' });
    res.end(ossErrorXml(e.code, e.message));
  };

  /** The key a request is signed with; an STS key also needs its token. */
  const keyOf = (accessKeyId: string | undefined, token: string | undefined): Key => {
    const key = accessKeyId ? keys.get(accessKeyId) : undefined;
    if (!key) throw new FakeApiError('InvalidAccessKeyId.NotFound', 'Specified access key is not found.', 404);
    if (key.token !== undefined && key.token !== token) throw new FakeApiError('InvalidSecurityToken.Mismatch', 'Specified SecurityToken mismatch with the AccessKey.', 400);
    return key;
  };

  const handleRpc = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => {
    const params: Record<string, string> = Object.fromEntries(url.searchParams);
    if (req.method === 'POST') Object.assign(params, Object.fromEntries(new URLSearchParams(await readBody(req))));
    try {
      const key = keyOf(params.AccessKeyId, params.SecurityToken);
      if (!params.Signature) throw new FakeApiError('MissingSignature', 'Signature is mandatory for this action.', 400);
      if (rpcSignature(req.method ?? 'GET', params, key.secret) !== params.Signature)
        throw new FakeApiError('SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.', 400);
      const product = RPC_PRODUCTS[params.Version ?? '']?.product ?? 'unknown';
      const region = product === 'sts' ? 'global' : params.RegionId ?? '';
      const action = `${product}:${params.Action}`;
      calls.push({ action, region, accessKeyId: params.AccessKeyId! });
      const fault = faultFor(action, region, 'rpc');
      if (fault) throw fault;
      const ctx: RpcContext = { account, issueStsCredentials, caller: { accessKeyId: params.AccessKeyId!, ...(key.roleArn ? { roleArn: key.roleArn } : {}) } };
      const { body } = rpcAnswer(params.Version ?? '', params.Action ?? '', params, ctx);
      sendJson(res, 200, { RequestId: 'C0FFEE00-0000-0000-0000-000000000000', ...body });
    } catch (e) {
      if (e instanceof FakeApiError) jsonError(res, e);
      else throw e;
    }
  };

  const handleRoa = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => {
    try {
      const m = /^acs ([^:]+):(.+)$/.exec(req.headers.authorization ?? '');
      if (!m) throw new FakeApiError('MissingAuthorization', 'The Authorization header is missing.', 400);
      keyOf(m[1], req.headers['x-acs-security-token'] as string | undefined);
      // The endpoint override carries the region as the first path segment.
      const segments = url.pathname.split('/');
      const region = segments[1] && segments[1] !== 'openapi' ? segments[1] : '';
      const path = region ? `/${segments.slice(2).join('/')}` : url.pathname;
      const operation = /^\/openapi\/instances\/[^/]+$/.test(path) ? 'DescribeInstance' : 'ListInstance';
      const action = `elasticsearch:${operation}`;
      calls.push({ action, region, accessKeyId: m[1]! });
      const fault = faultFor(action, region, 'rpc');
      if (fault) throw fault;
      const { body } = roaAnswer(req.method ?? 'GET', path, url.searchParams, region, account.regions[region] ?? {});
      sendJson(res, 200, body);
    } catch (e) {
      if (e instanceof FakeApiError) jsonError(res, e);
      else throw e;
    }
  };

  const handleOss = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => {
    try {
      const m = /^OSS ([^:]+):(.+)$/.exec(req.headers.authorization ?? '');
      if (!m) throw new FakeApiError('AccessDenied', 'Authorization header is missing.', 403);
      try {
        keyOf(m[1], req.headers['x-oss-security-token'] as string | undefined);
      } catch (e) {
        throw new FakeApiError('InvalidAccessKeyId', (e as Error).message, 403);
      }
      const host = req.headers.host ?? '';
      const { bucket, region } = parseOssHost(host);
      const action = `oss:${ossOperation(bucket, url.searchParams)}`;
      calls.push({ action, region: bucket ? region ?? '' : 'global', accessKeyId: m[1]! });
      const fault = faultFor(action, region ?? '', 'oss');
      if (fault) throw fault;
      const answer = ossAnswer(account, req.method ?? 'GET', host, url.searchParams);
      res.writeHead(200, { 'content-type': answer.contentType, 'x-oss-request-id': '5C3D9175B6FC201293AD0001' });
      res.end(answer.body);
    } catch (e) {
      if (e instanceof FakeApiError) xmlError(res, e);
      else throw e;
    }
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const auth = req.headers.authorization ?? '';
    const handle = auth.startsWith('OSS ') ? handleOss : auth.startsWith('acs ') ? handleRoa : handleRpc;
    (faults.latencyMs ? sleep(faults.latencyMs) : Promise.resolve())
      .then(() => handle(req, res, url))
      .catch((e: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ Code: 'InternalError', Message: String((e as Error)?.message ?? e) }));
      });
  });
  // The audit keeps sockets alive; the benchmark opens many at once.
  server.keepAliveTimeout = 5000;
  server.maxConnections = 1024;

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    endpoints: {
      ecs: url,
      vpc: url,
      rds: url,
      kvstore: url,
      dds: url,
      sts: url,
      oss: url,
      elasticsearch: `${url}/{region}`,
    },
    calls,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
