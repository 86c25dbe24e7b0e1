export const REDACTED = '[redacted]';
const SECRET_NAME = String.raw `[A-Za-z0-9_.-]*(?:secret|password|passwd|pwd|token|credential|api[_-]?key|private[_-]?key|signature|session[_-]?key)[A-Za-z0-9_.-]*`;
/**
 * `name=value`, `"name": "value"`, and `name: value` where the name says the
 * value is secret. The unquoted colon form needs a lower-case config-style
 * name, so prose ("ExpiredToken: The security token ...") is left readable.
 */
const SECRET_ASSIGNMENTS = [
    new RegExp(String.raw `()(${SECRET_NAME})()(\s*=\s*)(["']?)([^\s"',;&}]+)\5`, 'gi'),
    new RegExp(String.raw `(["'])(${SECRET_NAME})(\1)(\s*:\s*)(["']?)([^\s"',;&}]+)\5`, 'gi'),
    new RegExp(String.raw `(^|[\s,{])([a-z0-9_.-]*(?:secret|password|passwd|token|credential|api[_-]?key|private[_-]?key)[a-z0-9_.-]*)()(\s*:\s*)(["']?)([^\s"',;&}]+)\5`, 'g'),
];
const PATTERNS = [
    // SigV4 Authorization header: the access key id inside Credential=, and the signature.
    [/(Credential=)[^/\s,]+/g, `$1${REDACTED}`],
    [/(Signature=)[0-9a-f]{16,}/gi, `$1${REDACTED}`],
    // AWS access key ids (long-term AKIA, temporary ASIA, and the other documented prefixes).
    [/\b(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}\b/g, REDACTED],
    // Alibaba Cloud AccessKey ids and STS key ids.
    [/\bLTAI[A-Za-z0-9]{12,30}\b/g, REDACTED],
    [/\bSTS\.[A-Za-z0-9]{20,}\b/g, REDACTED],
    // Query-string credentials and tokens (presigned URLs, RPC signatures).
    [/([?&](?:X-Amz-Security-Token|X-Amz-Credential|X-Amz-Signature|SecurityToken|Signature|AccessKeyId)=)[^&\s]+/gi, `$1${REDACTED}`],
    // Session tokens: long base64 runs (AWS STS tokens start FwoG / IQoJ, and run to hundreds of characters).
    [/\b[A-Za-z0-9+/]{100,}={0,2}/g, REDACTED],
    // PEM private keys.
    [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g, REDACTED],
];
/** A copy of `text` with credentials, tokens, signatures and secret-named values replaced. */
export function redactText(text) {
    let out = text;
    for (const re of SECRET_ASSIGNMENTS)
        out = out.replace(re, (_m, lead, name, close, sep, vq) => `${lead}${name}${close}${sep}${vq}${REDACTED}${vq}`);
    for (const [re, replacement] of PATTERNS)
        out = out.replace(re, replacement);
    return out;
}
/** The message of anything thrown, redacted and on one line, for a not-assessed reason or a log line. */
export function redactError(e) {
    const err = e;
    const name = typeof err?.name === 'string' && err.name !== 'Error' ? err.name : typeof err?.code === 'string' ? err.code : undefined;
    const message = typeof err?.message === 'string' ? err.message : String(e);
    const text = name && !message.startsWith(name) ? `${name}: ${message}` : message;
    return redactText(text.replace(/\s+/g, ' ').trim());
}
/** Condition keys whose values are shared secrets by design, or say so by name. */
const SECRET_CONDITION_KEY = /(^aws:referer$|^acs:referer$|secret|password|token|api[_-]?key|signature)/i;
/** A value that looks like a credential or a random token rather than an id, ARN, address or date. */
export function looksLikeSecret(value) {
    if (redactText(value) !== value)
        return true;
    if (value.length < 24 || /[:/.\s@]/.test(value))
        return false;
    // Resource ids (vpce-0a1b..., o-abc123...) are a prefix and lower-case hex: not secrets.
    if (/^[a-z]+-[0-9a-f]+$/.test(value))
        return false;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(value)).length;
    return classes === 3;
}
/**
 * The document with secret condition values replaced. The keys stay (the
 * analysis reads which keys restrict a statement); values of the keys analysis
 * compares (source IPs, account and organisation ids, VPCs) are never secret-
 * looking, so verdicts do not change.
 */
export function redactPolicyConditions(doc) {
    let changed = false;
    const statements = doc.statements.map((st) => {
        const conditions = st.conditions.map((c) => {
            const secretKey = SECRET_CONDITION_KEY.test(c.key);
            if (!secretKey && !c.values.some(looksLikeSecret))
                return c;
            changed = true;
            return { ...c, values: c.values.map((v) => (secretKey || looksLikeSecret(v) ? REDACTED : v)) };
        });
        return conditions === st.conditions ? st : { ...st, conditions };
    });
    return changed ? { ...doc, statements } : doc;
}
