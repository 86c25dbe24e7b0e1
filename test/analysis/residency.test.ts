import { describe, expect, test } from '@jest/globals';
import { assessFlow, buildResidencyPolicy, parseResidencyList, ResidencyOptionError, suggestedRegions } from '../../src/analysis/residency.js';

const flow = (provider: string, source: string | undefined, destination: string | undefined) => ({
  provider,
  sourceRegion: source ? { known: true as const, value: source } : { known: false as const, reason: 'no provider region configured' },
  destinationRegion: destination ? { known: true as const, value: destination } : { known: false as const, reason: 'var.replica_region has no value' },
});

describe('default policy: the source jurisdiction', () => {
  const policy = buildResidencyPolicy();

  test('another region of the same jurisdiction is allowed; another jurisdiction is not', () => {
    expect(policy.isAllowed('eu-west-1', 'eu-central-1', 'aws')).toBe(true);
    expect(policy.isAllowed('us-east-1', 'us-west-2', 'aws')).toBe(true);
    expect(policy.isAllowed('eu-west-1', 'eu-west-2', 'aws')).toBe(false);
    expect(policy.isAllowed('us-east-1', 'cn-north-1', 'aws')).toBe(false);
    expect(policy.isAllowed('cn-hangzhou', 'cn-hongkong', 'alicloud')).toBe(false);
    expect(policy.isAllowed('cn-hangzhou', 'oss-cn-beijing', 'alicloud')).toBe(true);
  });

  test('flows are judged with their unknowns named', () => {
    expect(assessFlow(flow('aws', 'us-east-1', 'eu-west-1'), policy)).toMatchObject({ verdict: 'outside', source: { jurisdiction: 'US' }, destination: { jurisdiction: 'EU' } });
    expect(assessFlow(flow('aws', 'us-east-1', 'us-west-2'), policy).verdict).toBe('allowed');
    expect(assessFlow(flow('aws', 'us-east-1', undefined), policy)).toMatchObject({ verdict: 'possibly', missing: ['destination region: var.replica_region has no value'] });
    expect(assessFlow(flow('aws', undefined, 'us-east-2'), policy)).toMatchObject({ verdict: 'possibly', missing: ['source region: no provider region configured'] });
    expect(assessFlow(flow('aws', 'us-east-1', 'xx-nowhere-9'), policy).verdict).toBe('possibly');
  });

  test('a suggestion stays in the source jurisdiction', () => {
    for (const r of suggestedRegions('eu-west-1', 'aws', policy)) expect(policy.jurisdictionOf(r, 'aws')).toBe('EU');
  });
});

describe('explicit policy', () => {
  test('--allowed-jurisdictions US,EU: the destination must be in one of them, whatever the source', () => {
    const policy = buildResidencyPolicy({ allowedJurisdictions: ['us', 'EU'] });
    expect(policy.isAllowed('us-east-1', 'eu-central-1', 'aws')).toBe(true);
    expect(policy.isAllowed('us-east-1', 'ap-east-1', 'aws')).toBe(false);
    expect(policy.isAllowed('cn-hangzhou', 'cn-shanghai', 'alicloud')).toBe(false);
    expect(policy.description).toBe('allowed: EU, US');
    // The source does not matter any more, so an unknown source does not make the verdict "possibly".
    expect(assessFlow(flow('aws', undefined, 'ap-east-1'), policy).verdict).toBe('outside');
    expect(assessFlow(flow('aws', undefined, 'eu-west-3'), policy).verdict).toBe('allowed');
  });

  test('--allowed-regions adds single regions', () => {
    const policy = buildResidencyPolicy({ allowedJurisdictions: ['EU'], allowedRegions: ['eu-west-2'] });
    expect(policy.isAllowed('eu-west-1', 'eu-west-2', 'aws')).toBe(true);
    expect(policy.isAllowed('eu-west-1', 'us-east-1', 'aws')).toBe(false);
  });

  test('a region id names a place per provider; a provider prefix picks one', () => {
    const both = buildResidencyPolicy({ allowedRegions: ['eu-west-1', 'oss-cn-hangzhou'] });
    expect(both.isAllowed('us-east-1', 'eu-west-1', 'aws')).toBe(true);
    expect(both.isAllowed('cn-shanghai', 'eu-west-1', 'alicloud')).toBe(true);
    expect(both.isAllowed('cn-shanghai', 'cn-hangzhou', 'alicloud')).toBe(true);
    const irelandOnly = buildResidencyPolicy({ allowedRegions: ['aws:eu-west-1'] });
    expect(irelandOnly.isAllowed('us-east-1', 'eu-west-1', 'aws')).toBe(true);
    expect(irelandOnly.isAllowed('cn-shanghai', 'eu-west-1', 'alicloud')).toBe(false);
    expect(() => buildResidencyPolicy({ allowedRegions: ['alicloud:eu-west-3'] })).toThrow(/unknown region/);
  });

  test('unknown codes are configuration errors', () => {
    expect(() => buildResidencyPolicy({ allowedJurisdictions: ['XX'] })).toThrow(ResidencyOptionError);
    expect(() => buildResidencyPolicy({ allowedRegions: ['us-mars-1'] })).toThrow(/unknown region/);
  });

  test('flag values split on commas', () => {
    expect(parseResidencyList(' US, eu ,,')).toEqual(['US', 'eu']);
    expect(parseResidencyList(undefined)).toBeUndefined();
  });
});
