import { describe, expect, test } from '@jest/globals';
import { JURISDICTION_NAMES, jurisdictionOf, knownRegions, normalizeRegionId, regionLocation } from '../../src/analysis/jurisdictions.js';

const code = (region: string, provider: string) => jurisdictionOf(region, provider)?.code;

describe('region → jurisdiction', () => {
  test('AWS regions, including GovCloud, China and the EU bloc', () => {
    expect(code('us-east-1', 'aws')).toBe('US');
    expect(code('us-gov-west-1', 'aws')).toBe('US');
    expect(code('cn-north-1', 'aws')).toBe('CN');
    expect(code('cn-northwest-1', 'aws')).toBe('CN');
    expect(code('eu-central-1', 'aws')).toBe('EU');
    expect(code('eu-west-1', 'aws')).toBe('EU');
    expect(code('eu-west-2', 'aws')).toBe('GB');
    expect(code('eu-central-2', 'aws')).toBe('CH');
    expect(code('ap-east-1', 'aws')).toBe('HK');
    expect(code('ap-east-2', 'aws')).toBe('TW');
    expect(code('me-central-1', 'aws')).toBe('AE');
    expect(code('ap-southeast-3', 'aws')).toBe('ID');
    expect(code('mx-central-1', 'aws')).toBe('MX');
  });

  test('Alibaba Cloud regions: the same ids can mean other places than on AWS', () => {
    expect(code('cn-hangzhou', 'alicloud')).toBe('CN');
    expect(code('cn-hongkong', 'alicloud')).toBe('HK');
    expect(code('eu-central-1', 'alicloud')).toBe('EU');
    expect(code('eu-west-1', 'alicloud')).toBe('GB');
    expect(code('me-east-1', 'alicloud')).toBe('AE');
    expect(code('ap-southeast-3', 'alicloud')).toBe('MY');
    expect(code('ap-southeast-1', 'alicloud')).toBe('SG');
    expect(code('cn-shanghai-finance-1', 'alicloud')).toBe('CN');
  });

  test('OSS spellings and case are normalised', () => {
    expect(normalizeRegionId('oss-cn-beijing', 'alicloud')).toBe('cn-beijing');
    expect(code('OSS-CN-BEIJING', 'alicloud')).toBe('CN');
    expect(regionLocation('eu-west-2', 'aws')).toBe('Europe (London)');
  });

  test('unknown regions and providers have no jurisdiction', () => {
    expect(jurisdictionOf('moon-base-1', 'aws')).toBeUndefined();
    expect(jurisdictionOf('us-east-1', 'gcp')).toBeUndefined();
  });

  test('every region maps to a named jurisdiction', () => {
    for (const provider of ['aws', 'alicloud']) {
      expect(knownRegions(provider).length).toBeGreaterThan(30);
      for (const r of knownRegions(provider)) expect(JURISDICTION_NAMES[code(r, provider)!]).toBeDefined();
    }
  });
});
