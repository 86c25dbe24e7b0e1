/**
 * Replies on the wire, the way each AWS protocol writes them, for the fake
 * endpoint. XML element names, list member names, flattened lists and
 * attributes come from the operation's output schema in the SDK (generated
 * from AWS's service models), so a reply is shaped exactly as the service
 * would shape it and the SDK's own deserialiser reads it back:
 *
 *   ec2    <DescribeXResponse xmlns=...> members, lists of <item>
 *   query  <XResponse><XResult> members, lists of <member> (or the model's name) (RDS, Redshift, ElastiCache, STS)
 *   rest   the output's (or its payload's) root element, members as named (S3, S3 Control)
 *   json   the output object as JSON (DynamoDB, Tagging, Organizations, OpenSearch)
 */
import { NormalizedSchema } from '@smithy/core/schema';

export type XmlFlavour = 'ec2' | 'query' | 'rest';

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function scalar(value: unknown, schema: NormalizedSchema): string {
  if (value instanceof Date) return value.toISOString();
  if (schema.isBlobSchema() && value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return escapeXml(String(value));
}

/** EC2 writes member names lower-camel unless the model names them. */
function memberName(name: string, schema: NormalizedSchema, flavour: XmlFlavour): string {
  const traits = schema.getMergedTraits() as { xmlName?: string; ec2QueryName?: string };
  if (traits.xmlName) return traits.xmlName;
  if (flavour === 'ec2') return name.charAt(0).toLowerCase() + name.slice(1);
  return name;
}

function listItemName(list: NormalizedSchema, flavour: XmlFlavour): string {
  const traits = list.getValueSchema().getMergedTraits() as { xmlName?: string };
  if (traits.xmlName) return traits.xmlName;
  return flavour === 'ec2' ? 'item' : 'member';
}

/** The inner XML of one value of a schema (its children, or its text). */
function inner(value: unknown, schema: NormalizedSchema, flavour: XmlFlavour): string {
  if (value === undefined || value === null) return '';
  if (schema.isStructSchema()) return structChildren(value as Record<string, unknown>, schema, flavour);
  if (schema.isMapSchema())
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `<entry><key>${escapeXml(k)}</key><value>${inner(v, schema.getValueSchema(), flavour)}</value></entry>`)
      .join('');
  if (schema.isListSchema()) {
    const item = listItemName(schema, flavour);
    return (value as unknown[]).map((v) => element(item, v, schema.getValueSchema(), flavour)).join('');
  }
  return scalar(value, schema);
}

function attributesOf(value: Record<string, unknown>, schema: NormalizedSchema): string {
  let out = '';
  for (const [name, member] of schema.structIterator()) {
    const traits = member.getMergedTraits() as { xmlAttribute?: number | boolean; xmlName?: string };
    if (!traits.xmlAttribute || value[name] === undefined) continue;
    const attr = traits.xmlName ?? name;
    // xsi:type needs its namespace declared.
    if (attr.startsWith('xsi:')) out += ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
    out += ` ${attr}="${escapeXml(String(value[name]))}"`;
  }
  return out;
}

function element(name: string, value: unknown, schema: NormalizedSchema, flavour: XmlFlavour): string {
  if (value === undefined || value === null) return '';
  const attrs = schema.isStructSchema() ? attributesOf(value as Record<string, unknown>, schema) : '';
  return `<${name}${attrs}>${inner(value, schema, flavour)}</${name}>`;
}

function structChildren(value: Record<string, unknown>, schema: NormalizedSchema, flavour: XmlFlavour): string {
  let out = '';
  for (const [name, member] of schema.structIterator()) {
    const v = value[name];
    if (v === undefined || v === null) continue;
    const traits = member.getMergedTraits() as { xmlAttribute?: number | boolean; xmlFlattened?: number | boolean };
    if (traits.xmlAttribute) continue;
    const tag = memberName(name, member, flavour);
    if (member.isListSchema() && traits.xmlFlattened) {
      // A flattened list repeats the member's own element, with no wrapper.
      for (const item of v as unknown[]) out += element(tag, item, member.getValueSchema(), flavour);
      continue;
    }
    out += element(tag, v, member, flavour);
  }
  return out;
}

/** The schema of an operation's output, from an SDK client module's `<Operation>$` export. */
export function outputSchema(clientModule: Record<string, unknown>, operation: string): NormalizedSchema {
  const op = clientModule[`${operation}$`] as unknown[] | undefined;
  if (!op) throw new Error(`the SDK has no schema for ${operation}`);
  return NormalizedSchema.of(op[5] as Parameters<typeof NormalizedSchema.of>[0]);
}

const REQUEST_ID = 'fake-0000-request-id';

/** An EC2 reply: `<OpResponse xmlns=...><requestId/>members</OpResponse>`. */
export function ec2Reply(clientModule: Record<string, unknown>, operation: string, output: object): string {
  const schema = outputSchema(clientModule, operation);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${operation}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>${REQUEST_ID}</requestId>${structChildren(output as Record<string, unknown>, schema, 'ec2')}</${operation}Response>`;
}

/** A query-protocol reply (RDS, Redshift, ElastiCache, STS): `<OpResponse><OpResult>members</OpResult>...`. */
export function queryReply(clientModule: Record<string, unknown>, operation: string, output: object, namespace: string): string {
  const schema = outputSchema(clientModule, operation);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${operation}Response xmlns="${namespace}"><${operation}Result>${structChildren(output as Record<string, unknown>, schema, 'query')}</${operation}Result><ResponseMetadata><RequestId>${REQUEST_ID}</RequestId></ResponseMetadata></${operation}Response>`;
}

/**
 * A REST-XML reply (S3, S3 Control). An output with an XML payload member
 * (GetPublicAccessBlock's PublicAccessBlockConfiguration) is written as that
 * member's own document; a string payload (GetBucketPolicy) is the body as is.
 */
export function restXmlReply(clientModule: Record<string, unknown>, operation: string, output: Record<string, unknown>, namespace: string): string {
  const schema = outputSchema(clientModule, operation);
  for (const [name, member] of schema.structIterator()) {
    const traits = member.getMergedTraits() as { httpPayload?: number | boolean; xmlName?: string };
    if (!traits.httpPayload) continue;
    const value = output[name];
    if (!member.isStructSchema()) return value === undefined ? '' : String(value);
    const root = traits.xmlName ?? (member.getMergedTraits() as { xmlName?: string }).xmlName ?? member.getName() ?? name;
    return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${namespace}">${inner(value, member, 'rest')}</${root}>`;
  }
  const root = (schema.getMergedTraits() as { xmlName?: string }).xmlName ?? `${operation}Result`;
  // GetBucketLocation's output is a single text element.
  const members = [...schema.structIterator()];
  if (members.length === 1 && members[0]![0] === root) return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${namespace}">${escapeXml(String(output[root] ?? ''))}</${root}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${namespace}">${structChildren(output, schema, 'rest')}</${root}>`;
}

/** JSON protocols: dates as epoch seconds, everything else as is. */
export function jsonReply(output: object): string {
  return JSON.stringify(output, (_k, v: unknown) => (v instanceof Date ? v.getTime() / 1000 : v));
}
