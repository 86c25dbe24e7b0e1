/**
 * One error shape for every Alibaba Cloud call (RPC, ROA, OSS): the service's
 * error code as the name (`Forbidden.RAM`, `Throttling.User`, `AccessDenied`),
 * the HTTP status when known, and a message that never carries the request
 * URL — pop-core puts the signed URL, with the AccessKey id, signature and STS
 * token, into its messages. The shared failure classifier reads `name`,
 * `code` and `statusCode`.
 */
import { redactText } from '../live/redact.js';
export class AlicloudApiError extends Error {
    code;
    statusCode;
    product;
    operation;
    constructor(code, message, statusCode, product, operation) {
        super(message);
        this.code = code;
        this.statusCode = statusCode;
        this.product = product;
        this.operation = operation;
        this.name = code;
    }
}
/** pop-core RPC: `${Message}, URL: ${signed url}`; ROA: `code: 400, ${Message}, requestid: ...`. */
function messageOf(raw) {
    const fromBody = raw.data?.Message ?? raw.result?.Message;
    if (typeof fromBody === 'string' && fromBody !== '')
        return fromBody;
    const text = typeof raw.message === 'string' ? raw.message : String(raw);
    return text.replace(/,?\s*URL:\s*\S+/g, '').trim();
}
/** Turns whatever a client threw into an AlicloudApiError (network errors keep their Node code as the name). */
export function toApiError(e, product, operation) {
    if (e instanceof AlicloudApiError)
        return e;
    const raw = (e ?? {});
    const status = [raw.statusCode, raw.entry?.response?.statusCode, raw.status].find((s) => typeof s === 'number' && s > 0);
    const name = typeof raw.name === 'string' ? raw.name.replace(/Error$/, '') : '';
    const code = typeof raw.code === 'string' && raw.code !== '' ? raw.code : name !== '' ? name : 'UnknownError';
    return new AlicloudApiError(code, redactText(messageOf(raw)), status, product, operation);
}
