/**
 * Parameter values given outside the template: `--parameter Key=Value` and
 * `--parameter-file`. A parameter file is read the three ways people write
 * them: the AWS CLI's `[{"ParameterKey": k, "ParameterValue": v}]`, a plain
 * `{"Key": "Value"}` map, and CodePipeline's `{"Parameters": {...}}`.
 */
import { readUserText, UserFileError } from '../shared/read-user-file.js';
function scalarText(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number'))
        return v.map(String);
    return undefined;
}
/** Reads one parameter file's pairs, or says why it cannot. */
export function parseParameterFile(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        return `not valid JSON (${e.message})`;
    }
    const out = [];
    if (Array.isArray(json)) {
        for (const [i, item] of json.entries()) {
            const entry = item;
            if (typeof entry !== 'object' || entry === null || typeof entry.ParameterKey !== 'string')
                return `entry ${i + 1} has no ParameterKey (expected [{"ParameterKey": ..., "ParameterValue": ...}])`;
            // UsePreviousValue keeps what the deployed stack has: not known here, so the parameter stays unset.
            if (entry.UsePreviousValue === true)
                continue;
            const value = scalarText(entry.ParameterValue);
            if (value === undefined)
                return `ParameterValue of ${entry.ParameterKey} is not a string`;
            out.push([entry.ParameterKey, value]);
        }
        return out;
    }
    if (typeof json === 'object' && json !== null) {
        const record = json;
        const map = typeof record.Parameters === 'object' && record.Parameters !== null && !Array.isArray(record.Parameters) ? record.Parameters : record;
        for (const [key, raw] of Object.entries(map)) {
            const value = scalarText(raw);
            if (value === undefined)
                return `the value of ${key} is not a string`;
            out.push([key, value]);
        }
        return out;
    }
    return 'expected a list of {ParameterKey, ParameterValue} or a {"Key": "Value"} map';
}
/** Files first, then `--parameter` pairs, so that the command line wins. */
export function readParameterOverrides(files = [], pairs = []) {
    const values = new Map();
    const errors = [];
    const read = [];
    for (const file of files) {
        let text;
        try {
            // Named on the command line: a FIFO, a device or a huge file is refused before it is opened.
            text = readUserText(file, 'parameter file');
        }
        catch (e) {
            errors.push({ file, message: e instanceof UserFileError ? e.message : `cannot read the parameter file (${e.code ?? e.message})` });
            continue;
        }
        read.push(file);
        const parsed = parseParameterFile(text);
        if (typeof parsed === 'string') {
            errors.push({ file, message: `parameter file: ${parsed}` });
            continue;
        }
        for (const [k, v] of parsed)
            values.set(k, v);
    }
    for (const [k, v] of pairs)
        values.set(k, v);
    return { values, errors, files: read };
}
