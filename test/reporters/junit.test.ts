import { describe, expect, test } from '@jest/globals';
import { renderJunit } from '../../src/reporters/junit.js';
import { finding, HOSTILE, report, RULES, sampleReport } from './sample-report.js';
import { checkXml, type XmlElement } from './xml-check.js';

const all = (el: XmlElement, name: string): XmlElement[] => [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => all(c, name))];

describe('JUnit reporter', () => {
  const xml = renderJunit(sampleReport(), { rules: RULES });
  const { problems, root } = checkXml(xml);

  test('is well-formed XML even with hostile strings and control characters', () => {
    expect(problems).toEqual([]);
    const nasty = renderJunit(report([finding({ message: `bell\u0007 ${HOSTILE} ]]> &amp;`, resource: { ...finding().resource, address: 'a"b<c>' } })]));
    expect(checkXml(nasty).problems).toEqual([]);
  });

  test('the checker itself rejects malformed XML', () => {
    expect(checkXml('<a><b></a>').problems.length).toBeGreaterThan(0);
    expect(checkXml('<a x="1">1 < 2</a>').problems.length).toBeGreaterThan(0);
  });

  test('one suite per rule, one case per rule and resource', () => {
    const suites = all(root!, 'testsuite');
    expect(suites.map((s) => s.attrs.name)).toEqual([
      'LP-DB-001 Datastore reachable from the internet',
      'LP-FW-002 Admin port open to the world',
      'LP-ST-001 Bucket with a public ACL',
    ]);
    const st = suites[2]!;
    expect(st.children.map((c) => c.attrs.name)).toEqual(['aws_s3_bucket.exports', 'arn:aws:s3:::photos']);
    expect(root!.attrs).toMatchObject({ tests: '4', failures: '3', skipped: '1', errors: '0' });
  });

  test('a failure carries the message, the location and the fix', () => {
    const es = all(root!, 'testcase').find((c) => c.attrs.classname === 'LP-DB-001')!;
    expect(es.attrs).toMatchObject({ name: 'aws_elasticsearch_domain.logs', file: 'examples/incident-2019/search.tf', line: '3' });
    const failure = es.children[0]!;
    expect(failure.name).toBe('failure');
    expect(failure.attrs.message).toBe('aws_elasticsearch_domain.logs is reachable from the internet on tcp 9200');
    expect(failure.attrs.type).toBe('critical');
    expect(failure.text).toContain('examples/incident-2019/search.tf:3');
    expect(failure.text).toContain('2. internet-gateway aws_internet_gateway.main: attached to aws_vpc.main');
    expect(failure.text).toContain('fix: Put the domain in a VPC.');
  });

  test('hostile text survives escaping intact', () => {
    const fw = all(root!, 'testcase').find((c) => c.attrs.classname === 'LP-FW-002')!;
    expect(fw.attrs.name).toContain(HOSTILE);
    expect(fw.children[0]!.attrs.message).toContain(HOSTILE);
  });

  test('suppressed findings are skipped with the reason; several findings on one resource are one case', () => {
    const waived = all(root!, 'testcase').find((c) => c.attrs.name === 'aws_s3_bucket.exports')!;
    expect(waived.children[0]!.name).toBe('skipped');
    expect(waived.children[0]!.attrs.message).toBe('suppressed (waiver): public website assets, reviewed');
    const two = checkXml(renderJunit(report([finding(), finding({ message: 'second', fingerprint: 'x' })]))).root!;
    const cases = all(two, 'testcase');
    expect(cases).toHaveLength(1);
    expect(cases[0]!.children[0]!.attrs.message).toMatch(/^2 findings: /);
  });

  test('rules without findings pass; input errors are errors', () => {
    const clean = checkXml(renderJunit(report([], { errors: [{ file: 'broken.tf', line: 2, message: 'unexpected }' }] }), { rules: RULES })).root!;
    const cases = all(clean, 'testcase');
    expect(cases.filter((c) => c.attrs.name === 'no findings')).toHaveLength(3);
    const err = cases.find((c) => c.attrs.classname === 'leakproof.input')!;
    expect(err.children[0]!.name).toBe('error');
    expect(err.children[0]!.text).toBe('broken.tf:2: unexpected }');
    expect(clean.attrs).toMatchObject({ tests: '4', failures: '0', errors: '1' });
  });
});
