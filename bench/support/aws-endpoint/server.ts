/**
 * A fake AWS endpoint on 127.0.0.1 that speaks each service's wire protocol,
 * for collector tests and the benchmark: the real SDK clients sign, page,
 * retry and parse against it exactly as against AWS. One port serves every
 * service (point AWS_ENDPOINT_URL or a client's `endpoint` at it): the
 * service and region come from the request's SigV4 credential scope (and the
 * X-Amz-Target header or the path), the account from the access key id.
 *
 * It records every request (for call counts), tracks the most requests in
 * flight at once, adds latency, and injects faults (access denied,
 * throttling, 5xx, a disabled region, a call that never answers).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as ec2 from '@aws-sdk/client-ec2';
import * as elasticache from '@aws-sdk/client-elasticache';
import * as rds from '@aws-sdk/client-rds';
import * as redshift from '@aws-sdk/client-redshift';
import * as s3 from '@aws-sdk/client-s3';
import * as s3control from '@aws-sdk/client-s3-control';
import * as sts from '@aws-sdk/client-sts';
import type { FakeAccount, FakeCloud, Fault, FaultKind } from './cloud.js';
import { DYNAMODB_HANDLERS, opensearchOperation, OPENSEARCH_HANDLERS, ORGANIZATIONS_HANDLERS, TAGGING_HANDLERS } from './handlers-json.js';
import { EC2_HANDLERS, ELASTICACHE_HANDLERS, RDS_HANDLERS, REDSHIFT_HANDLERS, STS_HANDLERS, type QueryCall } from './handlers-query.js';
import { s3Operation, S3CONTROL_HANDLERS, S3_HANDLERS } from './handlers-s3.js';
import { FakeError } from './paging.js';
import { ec2Reply, escapeXml, jsonReply, queryReply, restXmlReply } from './wire.js';

/** Unsigned GET of this path returns the endpoint's counters as JSON. */
export const STATS_PATH = '/__leakproof_fake_stats';

type Protocol = 'ec2' | 'query' | 'rest-xml' | 'json' | 'rest-json';

/** Query-protocol services by their API version. */
const QUERY_SERVICES: Record<string, { service: string; protocol: Protocol; namespace: string; module: Record<string, unknown>; handlers: Record<string, (c: QueryCall) => object> }> = {
  '2016-11-15': { service: 'ec2', protocol: 'ec2', namespace: 'http://ec2.amazonaws.com/doc/2016-11-15/', module: ec2 as unknown as Record<string, unknown>, handlers: EC2_HANDLERS },
  '2014-10-31': { service: 'rds', protocol: 'query', namespace: 'http://rds.amazonaws.com/doc/2014-10-31/', module: rds as unknown as Record<string, unknown>, handlers: RDS_HANDLERS },
  '2012-12-01': { service: 'redshift', protocol: 'query', namespace: 'http://redshift.amazonaws.com/doc/2012-12-01/', module: redshift as unknown as Record<string, unknown>, handlers: REDSHIFT_HANDLERS },
  '2015-02-02': { service: 'elasticache', protocol: 'query', namespace: 'http://elasticache.amazonaws.com/doc/2015-02-02/', module: elasticache as unknown as Record<string, unknown>, handlers: ELASTICACHE_HANDLERS },
  '2011-06-15': { service: 'sts', protocol: 'query', namespace: 'https://sts.amazonaws.com/doc/2011-06-15/', module: sts as unknown as Record<string, unknown>, handlers: STS_HANDLERS },
};

/** JSON-protocol services by their X-Amz-Target prefix. */
const JSON_TARGETS: Record<string, { service: string; version: '1.0' | '1.1'; handlers: Record<string, (c: never) => object> }> = {
  DynamoDB_20120810: { service: 'dynamodb', version: '1.0', handlers: DYNAMODB_HANDLERS },
  ResourceGroupsTaggingAPI_20170126: { service: 'tag', version: '1.1', handlers: TAGGING_HANDLERS },
  AWSOrganizationsV20161128: { service: 'organizations', version: '1.1', handlers: ORGANIZATIONS_HANDLERS },
};

/** The error code and status each protocol uses for a fault. */
const FAULT_CODES: Record<FaultKind, Record<Protocol, [string, number]>> = {
  AccessDenied: { ec2: ['UnauthorizedOperation', 403], query: ['AccessDenied', 403], 'rest-xml': ['AccessDenied', 403], json: ['AccessDeniedException', 400], 'rest-json': ['AccessDeniedException', 403] },
  Throttling: { ec2: ['RequestLimitExceeded', 503], query: ['Throttling', 400], 'rest-xml': ['SlowDown', 503], json: ['ThrottlingException', 400], 'rest-json': ['ThrottlingException', 429] },
  ServerError: { ec2: ['InternalError', 500], query: ['InternalFailure', 500], 'rest-xml': ['InternalError', 500], json: ['InternalServerError', 500], 'rest-json': ['InternalException', 500] },
  RegionDisabled: { ec2: ['AuthFailure', 401], query: ['InvalidClientTokenId', 403], 'rest-xml': ['InvalidAccessKeyId', 403], json: ['UnrecognizedClientException', 400], 'rest-json': ['UnrecognizedClientException', 403] },
  Hang: { ec2: ['', 0], query: ['', 0], 'rest-xml': ['', 0], json: ['', 0], 'rest-json': ['', 0] },
};

export interface RecordedCall {
  /** IAM-style service prefix: ec2, s3, s3control, rds, es, dynamodb, tag, sts, organizations... */
  service: string;
  operation: string;
  region: string;
  account: string;
  status: number;
  bucket?: string;
}

export interface FakeEndpoint {
  url: string;
  port: number;
  calls: RecordedCall[];
  /** The most requests the endpoint was answering at once. */
  peakInFlight: number;
  close(): Promise<void>;
}

interface Routed {
  service: string;
  operation: string;
  protocol: Protocol;
  bucket?: string;
  run(account: FakeAccount): { status: number; body: string; headers: Record<string, string> };
}

function credentialScope(req: http.IncomingMessage): { accessKeyId: string; region: string; signingService: string } | undefined {
  const m = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(req.headers.authorization ?? '');
  return m ? { accessKeyId: m[1]!, region: m[2]!, signingService: m[3]! } : undefined;
}

function errorBody(protocol: Protocol, code: string, message: string): { body: string; headers: Record<string, string> } {
  switch (protocol) {
    case 'ec2':
      return { body: `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error></Errors><RequestID>fake-error</RequestID></Response>`, headers: { 'content-type': 'text/xml' } };
    case 'query':
      return { body: `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>fake-error</RequestId></ErrorResponse>`, headers: { 'content-type': 'text/xml' } };
    case 'rest-xml':
      return { body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message><RequestId>fake-error</RequestId></Error>`, headers: { 'content-type': 'application/xml' } };
    case 'json':
      return { body: JSON.stringify({ __type: code, message }), headers: { 'content-type': 'application/x-amz-json-1.1' } };
    case 'rest-json':
      return { body: JSON.stringify({ message }), headers: { 'content-type': 'application/json', 'x-amzn-errortype': code } };
  }
}

export async function startFakeAws(cloud: FakeCloud): Promise<FakeEndpoint> {
  const calls: RecordedCall[] = [];
  const faults: Array<Fault & { left: number }> = (cloud.faults ?? []).map((f) => ({ ...f, left: f.times ?? Infinity }));
  const issued = new Map<string, FakeAccount>();
  let keyCounter = 0;
  let inFlight = 0;
  const state = { peak: 0 };
  const hung = new Set<http.ServerResponse>();

  const accountOf = (accessKeyId: string): FakeAccount | undefined => issued.get(accessKeyId) ?? cloud.accounts.find((a) => a.accessKeyId === accessKeyId);
  const issueKeys = (account: FakeAccount) => {
    const AccessKeyId = `ASIAFAKE${String(++keyCounter).padStart(12, '0')}`;
    issued.set(AccessKeyId, account);
    return { AccessKeyId, SecretAccessKey: `fake-secret-${keyCounter}`, SessionToken: `fake-session-token-${keyCounter}` };
  };

  function route(req: http.IncomingMessage, url: URL, body: string, region: string, signingService: string): Routed | undefined {
    const target = req.headers['x-amz-target'];
    if (typeof target === 'string') {
      const [prefix, operation] = target.split('.');
      const svc = JSON_TARGETS[prefix ?? ''];
      const handler = svc?.handlers[operation ?? ''] as ((c: unknown) => object) | undefined;
      if (!svc || !handler || !operation) return undefined;
      return {
        service: svc.service,
        operation,
        protocol: 'json',
        run: (account) => ({ status: 200, body: jsonReply(handler({ cloud, account, region, body: body ? JSON.parse(body) : {} })), headers: { 'content-type': `application/x-amz-json-${svc.version}` } }),
      };
    }
    if (signingService === 'es') {
      const operation = opensearchOperation(req.method ?? 'GET', url.pathname);
      const handler = operation ? OPENSEARCH_HANDLERS[operation] : undefined;
      if (!operation || !handler) return undefined;
      return { service: 'es', operation, protocol: 'rest-json', run: (account) => ({ status: 200, body: jsonReply(handler({ cloud, account, region, body: body ? JSON.parse(body) : {} })), headers: { 'content-type': 'application/json' } }) };
    }
    if (signingService === 's3') {
      const op = s3Operation(req.method ?? 'GET', url.pathname, url.searchParams);
      if (!op) return undefined;
      const control = url.pathname.startsWith('/v20180820/');
      const handler = (control ? S3CONTROL_HANDLERS : S3_HANDLERS)[op.operation];
      if (!handler) return undefined;
      const module = (control ? s3control : s3) as unknown as Record<string, unknown>;
      const namespace = control ? 'http://awss3control.amazonaws.com/doc/2018-08-20/' : 'http://s3.amazonaws.com/doc/2006-03-01/';
      return {
        service: control ? 's3control' : 's3',
        operation: op.operation,
        protocol: 'rest-xml',
        ...(op.bucket ? { bucket: op.bucket } : {}),
        run: (account) => {
          const output = handler({ cloud, account, accounts: cloud.accounts, region, ...(op.bucket ? { bucket: op.bucket } : {}), query: url.searchParams, headers: req.headers });
          const type = op.operation === 'GetBucketPolicy' ? 'application/json' : 'application/xml';
          return { status: 200, body: restXmlReply(module, op.operation, output, namespace), headers: { 'content-type': type } };
        },
      };
    }
    const params = new URLSearchParams(body);
    const version = params.get('Version') ?? '';
    const operation = params.get('Action') ?? '';
    const svc = QUERY_SERVICES[version];
    const handler = svc?.handlers[operation];
    if (!svc || !handler) return undefined;
    return {
      service: svc.service,
      operation,
      protocol: svc.protocol,
      run: (account) => {
        const output = handler({ cloud, account, region, params, issueKeys, accounts: cloud.accounts });
        const xml = svc.protocol === 'ec2' ? ec2Reply(svc.module, operation, output) : queryReply(svc.module, operation, output, svc.namespace);
        return { status: 200, body: xml, headers: { 'content-type': 'text/xml' } };
      },
    };
  }

  function faultFor(r: Routed, account: FakeAccount, region: string): Fault | undefined {
    const f = faults.find(
      (x) =>
        x.left > 0 &&
        (!x.service || x.service === r.service) &&
        (!x.operation || x.operation === r.operation) &&
        (!x.region || x.region === region) &&
        (!x.account || x.account === account.id) &&
        (!x.bucket || x.bucket === r.bucket),
    );
    if (f) f.left--;
    return f;
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      inFlight++;
      state.peak = Math.max(state.peak, inFlight);
      const respond = (status: number, body: string, headers: Record<string, string>) => {
        const send = () => {
          inFlight--;
          if (res.destroyed) return;
          res.writeHead(status, { ...headers, 'x-amzn-requestid': 'fake-request', 'content-length': Buffer.byteLength(body) });
          res.end(body);
        };
        if (cloud.latencyMs) setTimeout(send, cloud.latencyMs);
        else send();
      };
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      // For a benchmark running the endpoint in another process: what it served, unsigned.
      if (url.pathname === STATS_PATH) {
        inFlight--;
        const body = JSON.stringify({ requests: calls.length, peakInFlight: state.peak, throttled: calls.filter((c) => c.status === 503 || c.status === 429).length });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        return res.end(body);
      }
      const scope = credentialScope(req);
      const body = Buffer.concat(chunks).toString('utf8');
      if (!scope) return respond(403, JSON.stringify({ message: 'Missing Authentication Token' }), { 'content-type': 'application/json', 'x-amzn-errortype': 'MissingAuthenticationTokenException' });
      const routed = route(req, url, body, scope.region, scope.signingService);
      if (!routed) return respond(400, JSON.stringify({ message: `the fake endpoint does not serve ${req.method} ${url.pathname} ${req.headers['x-amz-target'] ?? body.slice(0, 60)}` }), { 'content-type': 'application/json', 'x-amzn-errortype': 'UnknownOperationException' });
      const account = accountOf(scope.accessKeyId);
      const record = (status: number) => calls.push({ service: routed.service, operation: routed.operation, region: scope.region, account: account?.id ?? '?', status, ...(routed.bucket ? { bucket: routed.bucket } : {}) });
      if (!account) {
        record(403);
        const e = errorBody(routed.protocol, routed.protocol === 'ec2' ? 'AuthFailure' : 'InvalidClientTokenId', 'The security token included in the request is invalid.');
        return respond(403, e.body, e.headers);
      }
      const fault = faultFor(routed, account, scope.region);
      if (fault?.kind === 'Hang') {
        // Never answers: the client's timeout has to end it.
        record(0);
        inFlight--;
        hung.add(res);
        return;
      }
      if (fault) {
        const [code, status] = FAULT_CODES[fault.kind][routed.protocol];
        record(status);
        const message =
          fault.kind === 'AccessDenied'
            ? `User: arn:aws:iam::${account.id}:user/auditor is not authorized to perform: ${routed.service}:${routed.operation} because no identity-based policy allows the ${routed.service}:${routed.operation} action`
            : `${code} (injected)`;
        const e = errorBody(routed.protocol, code, message);
        return respond(status, e.body, e.headers);
      }
      try {
        const out = routed.run(account);
        record(out.status);
        respond(out.status, out.body, out.headers);
      } catch (e) {
        // A bug in a handler or a malformed request becomes a 500 the test sees, never a crashed endpoint.
        const fake = e instanceof FakeError ? e : new FakeError('InternalError', 500, `fake endpoint: ${(e as Error).message}`);
        record(fake.status);
        const err = errorBody(routed.protocol, fake.code, fake.message);
        respond(fake.status, err.body, { ...err.headers, ...fake.headers });
      }
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    calls,
    get peakInFlight() {
      return state.peak;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hung) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
