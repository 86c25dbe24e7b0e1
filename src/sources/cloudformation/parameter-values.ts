/**
 * Parameter values given outside the template: `--parameter Key=Value` and
 * `--parameter-file`. A parameter file is read the three ways people write
 * them: the AWS CLI's `[{"ParameterKey": k, "ParameterValue": v}]`, a plain
 * `{"Key": "Value"}` map, and CodePipeline's `{"Parameters": {...}}`.
 */
import { readUserText, UserFileError } from '../shared/read-user-file.js';
import type { InputError } from '../../model/source-resource.js';

export interface ParameterOverrides {
  values: Map<string, string | string[]>;
  errors: InputError[];
  /** Files read, for the report. */
  files: string[];
}

function scalarText(v: unknown): string | string[] | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.map(String);
  return undefined;
}

/** Reads one parameter file's pairs, or says why it cannot. */
export function parseParameterFile(text: string): Array<[string, string | string[]]> | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return `not valid JSON (${(e as Error).message})`;
  }
  const out: Array<[string, string | string[]]> = [];
  if (Array.isArray(json)) {
    for (const [i, item] of json.entries()) {
      const entry = item as { ParameterKey?: unknown; ParameterValue?: unknown; UsePreviousValue?: unknown };
      if (typeof entry !== 'object' || entry === null || typeof entry.ParameterKey !== 'string')
        return `entry ${i + 1} has no ParameterKey (expected [{"ParameterKey": ..., "ParameterValue": ...}])`;
      // UsePreviousValue keeps what the deployed stack has: not known here, so the parameter stays unset.
      if (entry.UsePreviousValue === true) continue;
      const value = scalarText(entry.ParameterValue);
      if (value === undefined) return `ParameterValue of ${entry.ParameterKey} is not a string`;
      out.push([entry.ParameterKey, value]);
    }
    return out;
  }
  if (typeof json === 'object' && json !== null) {
    const record = json as Record<string, unknown>;
    const map = typeof record.Parameters === 'object' && record.Parameters !== null && !Array.isArray(record.Parameters) ? (record.Parameters as Record<string, unknown>) : record;
    for (const [key, raw] of Object.entries(map)) {
      const value = scalarText(raw);
      if (value === undefined) return `the value of ${key} is not a string`;
      out.push([key, value]);
    }
    return out;
  }
  return 'expected a list of {ParameterKey, ParameterValue} or a {"Key": "Value"} map';
}

/** Files first, then `--parameter` pairs, so that the command line wins. */
export function readParameterOverrides(files: string[] = [], pairs: Array<[string, string]> = []): ParameterOverrides {
  const values = new Map<string, string | string[]>();
  const errors: InputError[] = [];
  const read: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      // Named on the command line: a FIFO, a device or a huge file is refused before it is opened.
      text = readUserText(file, 'parameter file');
    } catch (e) {
      errors.push({ file, message: e instanceof UserFileError ? e.message : `cannot read the parameter file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
      continue;
    }
    read.push(file);
    const parsed = parseParameterFile(text);
    if (typeof parsed === 'string') {
      errors.push({ file, message: `parameter file: ${parsed}` });
      continue;
    }
    for (const [k, v] of parsed) values.set(k, v);
  }
  for (const [k, v] of pairs) values.set(k, v);
  return { values, errors, files: read };
}
