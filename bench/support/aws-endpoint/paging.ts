/**
 * Paging as AWS does it: a page holds at most what the caller asked for, the
 * service's own maximum, and the endpoint's configured cap; the token is
 * opaque to the caller (here, an offset in base64) and absent on the last page.
 */
export interface Page<T> {
  items: T[];
  next?: string;
}

export class FakeError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function offsetOf(token: string | undefined): number {
  if (!token) return 0;
  const n = Number(Buffer.from(token, 'base64').toString('utf8'));
  if (!Number.isInteger(n) || n < 0) throw new FakeError('InvalidNextToken', 400, 'The pagination token is invalid.');
  return n;
}

export function page<T>(all: T[], token: string | undefined, requested: number | undefined, serviceMax: number, cap: number | undefined): Page<T> {
  const start = offsetOf(token);
  const size = Math.max(1, Math.min(requested ?? serviceMax, serviceMax, cap ?? Infinity));
  const items = all.slice(start, start + size);
  const end = start + items.length;
  return end < all.length ? { items, next: Buffer.from(String(end)).toString('base64') } : { items };
}

/** The number of calls a client needs to list `count` items with the largest pages the service allows. */
export function callsToList(count: number, serviceMax: number): number {
  return Math.max(1, Math.ceil(count / serviceMax));
}
