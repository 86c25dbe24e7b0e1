/**
 * The command line of a run, for its evidence, with secrets removed:
 * Terraform and CloudFormation variable values (often passwords), passwords
 * in connection URLs (--history postgres://user:pass@...), and any
 * `name=value` whose name says secret, password, token or key.
 */
export const REDACTED = '***';
/** Options whose value is `name=value` with a value that may be secret. */
const ASSIGNMENT_OPTIONS = new Set(['--var', '--parameter']);
const SECRET_NAME = /(secret|passw(or)?d|pwd|token|credential|api[_-]?key|private[_-]?key|access[_-]?key)/i;
function redactUrl(text) {
    return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)[^@\s]*@/gi, `$1${REDACTED}@`);
}
function redactAssignment(text, always) {
    const eq = text.indexOf('=');
    if (eq <= 0)
        return text;
    const name = text.slice(0, eq);
    return always || SECRET_NAME.test(name) ? `${name}=${REDACTED}` : text;
}
export function redactCommandLine(args) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
        if (ASSIGNMENT_OPTIONS.has(flag)) {
            if (inline !== undefined)
                out.push(`${flag}=${redactAssignment(inline, true)}`);
            else {
                out.push(flag);
                if (i + 1 < args.length)
                    out.push(redactAssignment(args[++i], true));
            }
            continue;
        }
        out.push(redactUrl(redactAssignment(arg, false)));
    }
    return out;
}
/** A shell-readable rendering (single-quoted where needed). */
export function commandLineText(args) {
    return args.map((a) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
