import { describe, expect, test } from '@jest/globals';
import { cidrContains, describeCidr, isEveryone, isEveryoneAllowlistEntry, isPrivateCidr, parseCidr } from '../../src/model/cidr.js';

describe('parseCidr', () => {
  test('IPv4 with and without prefix; host bits are cleared', () => {
    expect(parseCidr('10.1.2.3/8')).toMatchObject({ version: 4, prefix: 8, network: 10n << 24n });
    expect(parseCidr('192.168.0.1')).toMatchObject({ version: 4, prefix: 32 });
    expect(parseCidr('0.1.0.0/0')).toMatchObject({ network: 0n, prefix: 0 });
  });

  test('IPv6 forms', () => {
    expect(parseCidr('::/0')).toMatchObject({ version: 6, prefix: 0, network: 0n });
    expect(parseCidr('fc00::/8')).toMatchObject({ version: 6, prefix: 8, network: 0xfcn << 120n });
    expect(parseCidr('2001:db8::1/128')?.network).toBe((0x2001n << 112n) | (0xdb8n << 96n) | 1n);
    expect(parseCidr('::ffff:10.0.0.1/128')?.network).toBe((0xffffn << 32n) | (10n << 24n) | 1n);
  });

  test('the address-less "/0" some templates write reads as 0.0.0.0/0', () => {
    expect(parseCidr('/0')).toMatchObject({ version: 4, prefix: 0 });
  });

  test('things that are not ranges', () => {
    for (const bad of ['', 'sg-123', '250.250.250.1:8451', '10.0.0.0/33', '256.0.0.0/8', '1.2.3/24', 'fc00::/129', '1::2::3'])
      expect(parseCidr(bad)).toBeUndefined();
  });
});

describe('everyone and private', () => {
  test('/0 in both families and prefixes shorter than /8 are everyone', () => {
    for (const c of ['0.0.0.0/0', '::/0', '0.1.0.0/0', '1.2.3.4/5', '1.1.1.1/1', '0.0.0.0/7', '/0', '2000::/3'])
      expect(isEveryone(c)).toBe(true);
  });

  test('/8 and narrower, private ranges and non-ranges are not', () => {
    for (const c of ['10.0.0.0/8', '11.0.0.0/8', '192.168.0.0/16', '203.0.113.7/32', 'fc00::/7', 'fc00::/8', 'fc00::/9', '10.159.6.18/12', 'x'])
      expect(isEveryone(c)).toBe(false);
  });

  test('private ranges', () => {
    expect(isPrivateCidr(parseCidr('10.3.0.0/18')!)).toBe(true);
    expect(isPrivateCidr(parseCidr('172.16.5.0/24')!)).toBe(true);
    expect(isPrivateCidr(parseCidr('176.2.0.0/24')!)).toBe(false);
    expect(isPrivateCidr(parseCidr('fd12::/16')!)).toBe(true);
    expect(isPrivateCidr(parseCidr('2001:db8::/32')!)).toBe(false);
  });

  test('containment', () => {
    expect(cidrContains(parseCidr('10.0.0.0/8')!, parseCidr('10.1.0.0/16')!)).toBe(true);
    expect(cidrContains(parseCidr('10.1.0.0/16')!, parseCidr('10.0.0.0/8')!)).toBe(false);
    expect(cidrContains(parseCidr('10.0.0.0/8')!, parseCidr('::/0')!)).toBe(false);
  });

  test('Alibaba allowlists read a bare 0.0.0.0 as any address', () => {
    expect(isEveryoneAllowlistEntry('0.0.0.0')).toBe(true);
    expect(isEveryoneAllowlistEntry('0.0.0.0/0')).toBe(true);
    expect(isEveryoneAllowlistEntry('10.23.12.24/24')).toBe(false);
    expect(isEveryoneAllowlistEntry('127.0.0.1')).toBe(false);
  });

  test('descriptions name how wide a range is', () => {
    expect(describeCidr('0.0.0.0/0')).toBe('0.0.0.0/0 (all IPv4 addresses)');
    expect(describeCidr('1.2.3.4/5')).toContain('effectively everyone');
    expect(describeCidr('10.0.0.0/8')).toBe('10.0.0.0/8');
  });
});
