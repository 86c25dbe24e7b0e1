/**
 * Reading Alibaba Cloud replies: lists come wrapped in their singular element
 * (`{SecurityGroups: {SecurityGroup: [...]}}`), XML replies parsed without
 * arrays give one item as an object, numbers often arrive as strings, and
 * lists are paged three ways. These helpers read all of it defensively: a
 * missing field is absent, never a guessed value.
 */
import type { RawTag } from '../snapshot.js';

export type Json = Record<string, unknown>;

/** `{Outer: {Inner: [...]}}` → the items; an item on its own (XML) → a list of one. */
export function items(reply: unknown, outer: string, inner?: string): Json[] {
  let v = (reply as Json | undefined)?.[outer];
  if (inner !== undefined) v = (v as Json | undefined)?.[inner];
  if (v === undefined || v === null || v === '') return [];
  return (Array.isArray(v) ? v : [v]).filter((x): x is Json => typeof x === 'object' && x !== null);
}

/** A non-empty string field. */
export function text(o: unknown, key: string): string | undefined {
  const v = (o as Json | undefined)?.[key];
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function numberField(o: unknown, key: string): number | undefined {
  const v = (o as Json | undefined)?.[key];
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** A boolean field, from JSON booleans or XML's "true"/"false". */
export function boolField(o: unknown, key: string): boolean | undefined {
  const v = (o as Json | undefined)?.[key];
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

/** A list of strings (JSON arrays; a single XML element; absent → undefined). */
export function stringList(o: unknown, key: string): string[] | undefined {
  const v = (o as Json | undefined)?.[key];
  if (v === undefined || v === null) return undefined;
  const list = Array.isArray(v) ? v : [v];
  return list.filter((x): x is string => typeof x === 'string' && x !== '');
}

/** "10.0.0.0/8,192.168.1.1" → entries (Alibaba allowlists are comma-separated strings). */
export function splitIps(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Tags in ECS form ({TagKey, TagValue}), database form ({Key, Value}) or Elasticsearch form ({tagKey, tagValue}). */
export function tagsOf(list: Json[]): RawTag[] {
  const out: RawTag[] = [];
  for (const t of list) {
    const key = text(t, 'TagKey') ?? text(t, 'Key') ?? text(t, 'tagKey');
    if (key !== undefined) out.push({ key, value: text(t, 'TagValue') ?? text(t, 'Value') ?? text(t, 'tagValue') ?? '' });
  }
  return out;
}

/** A service that keeps answering "more" would loop forever; no real list is this long. */
const MAX_PAGES = 10_000;

/** Follows NextToken until the service returns none. */
export async function allByToken(fetch: (token: string | undefined) => Promise<{ page: Json[]; next?: string }>): Promise<Json[]> {
  const out: Json[] = [];
  let token: string | undefined;
  for (let n = 0; n < MAX_PAGES; n++) {
    const { page, next } = await fetch(token);
    out.push(...page);
    if (!next) return out;
    token = next;
  }
  throw new Error(`more than ${MAX_PAGES} pages: stopped`);
}

/** Pages 1, 2, ... until the total is reached or a page comes back short or empty. */
export async function allByPageNumber(pageSize: number, fetch: (pageNumber: number) => Promise<{ page: Json[]; total?: number }>): Promise<Json[]> {
  const out: Json[] = [];
  for (let n = 1; n <= MAX_PAGES; n++) {
    const { page, total } = await fetch(n);
    out.push(...page);
    if (page.length === 0 || page.length < pageSize || (total !== undefined && out.length >= total)) return out;
  }
  throw new Error(`more than ${MAX_PAGES} pages: stopped`);
}
