import { describe, expect, test } from '@jest/globals';
import { renderCsv } from '../../src/reporters/csv.js';
import { csvCell } from '../../src/reporters/escape.js';
import { finding, HOSTILE, NOT_ASSESSED, report, sampleReport, sampleWithNotAssessed } from './sample-report.js';

/** An RFC 4180 reader: quoted cells may hold commas, quotes ("") and line breaks; rows end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (cell += c), i++;
    } else if (c === '"' && cell === '') (quoted = true), i++;
    else if (c === ',') row.push(cell), (cell = ''), i++;
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 2);
    else if (c === '"' || c === '\n' || c === '\r') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else (cell += c), i++;
  }
  if (cell !== '' || row.length > 0) throw new Error('last row does not end in CRLF');
  return rows;
}

describe('CSV reporter', () => {
  test('one row per finding (suppressed ones marked), with a header, every row the same width', () => {
    const rows = parseCsv(renderCsv(sampleReport()));
    expect(rows[0]!.slice(0, 5)).toEqual(['severity', 'rule_id', 'title', 'category', 'resource']);
    expect(rows).toHaveLength(5);
    for (const r of rows) expect(r).toHaveLength(rows[0]!.length);
    const col = (name: string) => rows[0]!.indexOf(name);
    const waived = rows.find((r) => r[col('fingerprint')] === 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee')!;
    expect(waived[col('suppressed')]).toBe('waiver');
    expect(waived[col('suppression_reason')]).toBe('public website assets, reviewed');
  });

  test('quotes and commas round-trip through RFC 4180 quoting; line breaks in scanned text are shown as escapes, a fix keeps its lines', () => {
    const msg = 'a "quoted", multi\nline\r\nmessage';
    const rows = parseCsv(renderCsv(report([finding({ message: msg })])));
    // One line per cell, so no reader can be tricked into a forged row; the snippet's own line breaks stay.
    expect(rows[1]![rows[0]!.indexOf('message')]).toBe('a "quoted", multi\\nline\\r\\nmessage');
    expect(rows[1]![rows[0]!.indexOf('fix')]).toBe('vpc_options {\n  subnet_ids = [aws_subnet.private.id]\n}');
    expect(rows[1]![rows[0]!.indexOf('path')]).toBe('internet internet: 0.0.0.0/0 -> internet-gateway aws_internet_gateway.main: attached to aws_vpc.main -> resource aws_elasticsearch_domain.logs: tcp 9200');
  });

  test('cells that a spreadsheet would run as a formula are prefixed with a quote', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${lead}HYPERLINK("http://evil")`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('safe = text')).toBe('safe = text');
    const rows = parseCsv(renderCsv(report([finding({ message: "=cmd|'/c calc'!A0", resource: { ...finding().resource, address: HOSTILE } })])));
    expect(rows[1]![rows[0]!.indexOf('message')]).toBe("'=cmd|'/c calc'!A0");
    expect(rows[1]![rows[0]!.indexOf('resource')]).toBe(HOSTILE);
  });
});

describe('CSV: parts of a live account that were not assessed', () => {
  const rows = parseCsv(renderCsv(sampleWithNotAssessed()));
  const col = (name: string) => rows[0]!.indexOf(name);
  const gaps = rows.filter((r) => r[col('rule_id')] === 'NOT-ASSESSED');

  test('one row per part after the findings, same width, rule_id NOT-ASSESSED and no severity', () => {
    expect(rows).toHaveLength(7);
    for (const r of rows) expect(r).toHaveLength(rows[0]!.length);
    expect(gaps).toEqual([rows[5], rows[6]]);
    for (const g of gaps) {
      expect(g[col('severity')]).toBe('');
      expect(g[col('category')]).toBe('');
      expect(g[col('fingerprint')]).toBe('');
      expect(g[col('title')]).toBe('Not assessed');
    }
  });

  test('provider, region, service and what have their columns; the message names the account, the call and why', () => {
    const [first, second] = gaps;
    expect(first![col('provider')]).toBe('aws');
    expect(first![col('region')]).toBe('eu-central-2');
    expect(first![col('resource_type')]).toBe('ec2');
    expect(first![col('resource')]).toBe('security groups');
    expect(first![col('message')]).toBe(
      'aws account 123456789012, region eu-central-2, ec2: security groups (ec2:DescribeSecurityGroups) was not assessed — AccessDenied: not authorized to perform ec2:DescribeSecurityGroups',
    );
    // Hostile text round-trips through RFC 4180 quoting.
    expect(second![col('resource')]).toBe(`bucket ${HOSTILE}: policy`);
    expect(second![col('message')]).toContain('aws account 210987654321, region global, s3: bucket <img');
  });

  test('a cell a spreadsheet would run as a formula is prefixed with a quote', () => {
    const row = parseCsv(renderCsv({ ...report([]), notAssessed: [{ ...NOT_ASSESSED[1]!, scope: '=1+1', provider: '@aws' }] }))[1]!;
    expect(row[col('resource')]).toBe("'=1+1");
    expect(row[col('provider')]).toBe("'@aws");
  });

  test('without parts (absent or empty) the CSV is unchanged', () => {
    expect(renderCsv({ ...sampleReport(), notAssessed: [] })).toBe(renderCsv(sampleReport()));
  });
});
