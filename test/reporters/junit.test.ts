import { describe, expect, test } from '@jest/globals';
import { renderJunit } from '../../src/reporters/junit.js';
import { finding, HOSTILE, report, RULES, sampleReport, sampleWithNotAssessed } from './sample-report.js';
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

describe('JUnit: parts of a live account that were not assessed', () => {
  const xml = renderJunit(sampleWithNotAssessed(), { rules: RULES });
  const { problems, root } = checkXml(xml);
  const suite = all(root!, 'testsuite').find((s) => s.attrs.name === 'leakproof not assessed')!;

  test('is well-formed with the hostile text', () => {
    expect(problems).toEqual([]);
  });

  test('one skipped case per part, in a suite of its own, counted as skipped (never passed)', () => {
    expect(suite.attrs).toMatchObject({ tests: '2', failures: '0', errors: '0', skipped: '2' });
    expect(suite.children.map((c) => c.attrs.classname)).toEqual(['leakproof.not-assessed', 'leakproof.not-assessed']);
    for (const c of suite.children) {
      expect(c.children).toHaveLength(1);
      expect(c.children[0]!.name).toBe('skipped');
    }
    // The sample's 4 cases (1 skipped) plus the 2 parts.
    expect(root!.attrs).toMatchObject({ tests: '6', failures: '3', skipped: '3', errors: '0' });
  });

  test('the case names provider, account, region, service and what; the message says why', () => {
    const [first, second] = suite.children;
    expect(first!.attrs.name).toBe('aws account 123456789012 eu-central-2 ec2: security groups');
    expect(first!.children[0]!.attrs.message).toBe('not assessed (ec2:DescribeSecurityGroups): AccessDenied: not authorized to perform ec2:DescribeSecurityGroups');
    // Escaped in the XML, intact once decoded.
    expect(second!.attrs.name).toBe(`aws account 210987654321 global s3: bucket ${HOSTILE}: policy`);
    expect(second!.children[0]!.attrs.message).toBe('not assessed: =HYPERLINK("http://evil.example") timed out after 5 attempts');
    expect(xml).not.toContain('<img');
  });

  test('without parts (absent or empty) there is no such suite', () => {
    expect(renderJunit({ ...sampleReport(), notAssessed: [] }, { rules: RULES })).toBe(renderJunit(sampleReport(), { rules: RULES }));
    expect(renderJunit(sampleReport())).not.toContain('not assessed');
  });
});
