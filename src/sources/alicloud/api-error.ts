/**
 * One error shape for every Alibaba Cloud call (RPC, ROA, OSS): the service's
 * error code as the name (`Forbidden.RAM`, `Throttling.User`, `AccessDenied`),
 * the HTTP status when known, and a message that never carries the request
 * URL — pop-core puts the signed URL, with the AccessKey id, signature and STS
 * token, into its messages. The shared failure classifier reads `name`,
 * `code` and `statusCode`.
 */
import { redactText } from '../live/redact.js';
import type { Product } from './products.js';

export class AlicloudApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly statusCode: number | undefined,
    readonly product: Product,
    readonly operation: string,
  ) {
    super(message);
    this.name = code;
  }
}

/** pop-core RPC: `${Message}, URL: ${signed url}`; ROA: `code: 400, ${Message}, requestid: ...`. */
function messageOf(raw: { message?: unknown; data?: { Message?: unknown }; result?: { Message?: unknown } }): string {
  const fromBody = raw.data?.Message ?? raw.result?.Message;
  if (typeof fromBody === 'string' && fromBody !== '') return fromBody;
  const text = typeof raw.message === 'string' ? raw.message : String(raw);
  return text.replace(/,?\s*URL:\s*\S+/g, '').trim();
}

/** Turns whatever a client threw into an AlicloudApiError (network errors keep their Node code as the name). */
export function toApiError(e: unknown, product: Product, operation: string): AlicloudApiError {
  if (e instanceof AlicloudApiError) return e;
  const raw = (e ?? {}) as {
    code?: unknown;
    name?: unknown;
    status?: unknown;
    statusCode?: unknown;
    entry?: { response?: { statusCode?: unknown } };
    message?: unknown;
    data?: { Message?: unknown };
    result?: { Message?: unknown };
  };
  const status = [raw.statusCode, raw.entry?.response?.statusCode, raw.status].find((s): s is number => typeof s === 'number' && s > 0);
  const name = typeof raw.name === 'string' ? raw.name.replace(/Error$/, '') : '';
  const code = typeof raw.code === 'string' && raw.code !== '' ? raw.code : name !== '' ? name : 'UnknownError';
  return new AlicloudApiError(code, redactText(messageOf(raw)), status, product, operation);
}
