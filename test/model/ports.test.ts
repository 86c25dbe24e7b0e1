import { describe, expect, test } from '@jest/globals';
import {
  ADMIN_PORTS,
  ALL_PORTS,
  DATABASE_PORTS,
  alicloudPortRange,
  awsPortRange,
  formatRange,
  isAllPorts,
  isEphemeralReturnRange,
  namedPortsIn,
  normalizeProtocol,
  normalizeRanges,
  protocolCovers,
  rangeContains,
  subtract,
} from '../../src/model/ports.js';

describe('protocols', () => {
  test('normalisation', () => {
    expect(normalizeProtocol('-1')).toBe('all');
    expect(normalizeProtocol('ALL')).toBe('all');
    expect(normalizeProtocol('6')).toBe('tcp');
    expect(normalizeProtocol('UDP')).toBe('udp');
    expect(normalizeProtocol('gre')).toBe('gre');
  });
  test('coverage', () => {
    expect(protocolCovers('all', 'tcp')).toBe(true);
    expect(protocolCovers('tcp', 'tcp')).toBe(true);
    expect(protocolCovers('udp', 'tcp')).toBe(false);
    expect(protocolCovers('icmp', 'tcp')).toBe(false);
  });
});

describe('ranges', () => {
  test('AWS from/to under a protocol', () => {
    expect(awsPortRange('all', 0, 0)).toEqual(ALL_PORTS);
    expect(awsPortRange('tcp', 22, 22)).toEqual({ from: 22, to: 22 });
    expect(awsPortRange('tcp', -1, -1)).toEqual(ALL_PORTS);
    expect(awsPortRange('tcp', 30, 20)).toBeUndefined();
    expect(awsPortRange('icmp', 8, 0)).toBeUndefined();
  });
  test('Alibaba port_range text', () => {
    expect(alicloudPortRange('22/22')).toEqual({ from: 22, to: 22 });
    expect(alicloudPortRange('-1/-1')).toEqual(ALL_PORTS);
    expect(alicloudPortRange('1/65535')).toEqual({ from: 1, to: 65535 });
    expect(alicloudPortRange('22')).toBeUndefined();
  });
  test('subtraction keeps ranges as ranges', () => {
    expect(subtract([ALL_PORTS], { from: 22, to: 22 })).toEqual([{ from: 0, to: 21 }, { from: 23, to: 65535 }]);
    expect(subtract([{ from: 10, to: 20 }], { from: 0, to: 100 })).toEqual([]);
    expect(subtract([{ from: 10, to: 20 }], { from: 30, to: 40 })).toEqual([{ from: 10, to: 20 }]);
  });
  test('normalisation merges adjacent and overlapping ranges', () => {
    expect(normalizeRanges([{ from: 30, to: 40 }, { from: 10, to: 20 }, { from: 21, to: 25 }, { from: 35, to: 50 }])).toEqual([{ from: 10, to: 25 }, { from: 30, to: 50 }]);
  });
  test('all ports and formatting', () => {
    expect(isAllPorts({ from: 1, to: 65535 })).toBe(true);
    expect(isAllPorts({ from: 0, to: 65534 })).toBe(false);
    expect(formatRange({ from: 22, to: 22 })).toBe('port 22');
    expect(formatRange({ from: 20, to: 60 })).toBe('ports 20-60');
    expect(rangeContains(ALL_PORTS, { from: 5, to: 6 })).toBe(true);
  });
  test('named ports found in a wide range', () => {
    expect(namedPortsIn([{ from: 20, to: 60 }], ADMIN_PORTS).map((p) => p.name)).toEqual(['SSH', 'Telnet']);
    expect(namedPortsIn([{ from: 2300, to: 2400 }], DATABASE_PORTS).map((p) => p.range.from)).toEqual([2379, 2383]);
    expect(namedPortsIn([{ from: 80, to: 80 }], DATABASE_PORTS)).toEqual([]);
  });
  test('the NACL return-traffic range', () => {
    expect(isEphemeralReturnRange({ from: 1024, to: 65535 })).toBe(true);
    expect(isEphemeralReturnRange({ from: 0, to: 65535 })).toBe(false);
    expect(isEphemeralReturnRange({ from: 1024, to: 2000 })).toBe(false);
  });
});
