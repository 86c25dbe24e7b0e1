/** Endpoints by product and region, and `--endpoint` overrides. */
import { expect, test } from '@jest/globals';
import { endpointFor } from '../../src/sources/alicloud/products.js';

test('RDS-style products use the central endpoint in the regions it serves, the regional one elsewhere', () => {
  expect(endpointFor('rds', 'cn-hangzhou')).toBe('https://rds.aliyuncs.com');
  expect(endpointFor('rds', 'eu-central-1')).toBe('https://rds.eu-central-1.aliyuncs.com');
  expect(endpointFor('kvstore', 'cn-zhangjiakou')).toBe('https://r-kvstore.cn-zhangjiakou.aliyuncs.com');
  expect(endpointFor('ecs', 'cn-hangzhou')).toBe('https://ecs.cn-hangzhou.aliyuncs.com');
  expect(endpointFor('elasticsearch', 'us-west-1')).toBe('https://elasticsearch.us-west-1.aliyuncs.com');
  expect(endpointFor('oss', 'eu-central-1')).toBe('https://oss-eu-central-1.aliyuncs.com');
  expect(endpointFor('sts', 'eu-central-1')).toBe('https://sts.aliyuncs.com');
});

test('an override wins in every region, with {region} replaced and no trailing slash', () => {
  expect(endpointFor('rds', 'cn-hangzhou', { rds: 'http://127.0.0.1:8080/' })).toBe('http://127.0.0.1:8080');
  expect(endpointFor('elasticsearch', 'eu-central-1', { elasticsearch: 'https://es.internal/{region}' })).toBe('https://es.internal/eu-central-1');
});
