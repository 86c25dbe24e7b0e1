/**
 * A synthetic Alibaba Cloud account with every kind of resource the audit
 * reads, in two regions, and lists longer than one page: what the collector
 * tests audit to check each API's paging, each record's meaning and that the
 * RAM policy covers exactly the calls made.
 */
import type { FakeAlicloudAccount, FakeSecurityGroup } from '../../bench/support/alicloud-endpoint/account.js';

export const FULL_ACCOUNT_ID = '1500000000000001';
export const FULL_KEY = { accessKeyId: 'LTAI5tFullAccountAudit01', accessKeySecret: 'full-account-secret-never-printed' };

/** Filler groups with one private rule each, enough to need several pages of DescribeSecurityGroups. */
function fillerGroups(n: number): FakeSecurityGroup[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `sg-filler-${String(i).padStart(3, '0')}`,
    vpcId: 'vpc-main',
    rules: [{ direction: 'ingress' as const, protocol: 'TCP', portRange: '443/443', sourceCidr: '10.0.0.0/8', priority: 1 }],
  }));
}

export function fullAccount(): FakeAlicloudAccount {
  return {
    accountId: FULL_ACCOUNT_ID,
    ...FULL_KEY,
    roles: [`acs:ram::${FULL_ACCOUNT_ID}:role/leakproof-audit`],
    regions: {
      'cn-shanghai': {
        vpcs: [{ id: 'vpc-main', cidr: '10.0.0.0/8' }],
        vswitches: [{ id: 'vsw-web', vpcId: 'vpc-main', cidr: '10.1.0.0/24' }],
        securityGroups: [
          {
            id: 'sg-web',
            vpcId: 'vpc-main',
            rules: [
              { id: 'sgr-web-https', direction: 'ingress', protocol: 'TCP', portRange: '443/443', sourceCidr: '0.0.0.0/0', priority: 1 },
              { id: 'sgr-web-mysql', direction: 'ingress', protocol: 'TCP', portRange: '3306/3306', sourceCidr: '0.0.0.0/0', priority: 5 },
              { id: 'sgr-web-ssh-v6', direction: 'ingress', protocol: 'TCP', portRange: '22/22', ipv6SourceCidr: '::/0', priority: 1 },
              { id: 'sgr-web-from-app', direction: 'ingress', protocol: 'ALL', portRange: '-1/-1', sourceGroupId: 'sg-app', priority: 1 },
            ],
          },
          { id: 'sg-app', vpcId: 'vpc-main', rules: [] },
          // A classic-network group: its internet NIC rules come from a second call.
          {
            id: 'sg-classic',
            rules: [
              { direction: 'ingress', protocol: 'TCP', portRange: '3389/3389', sourceCidr: '0.0.0.0/0', nicType: 'internet' },
              { direction: 'ingress', protocol: 'TCP', portRange: '8080/8080', sourceCidr: '10.0.0.0/8', nicType: 'intranet' },
            ],
          },
          ...fillerGroups(130),
        ],
        instances: [
          { id: 'i-web-eip', vpcId: 'vpc-main', vswitchId: 'vsw-web', securityGroupIds: ['sg-web'], eip: { id: 'eip-web', ip: '47.100.0.1' } },
          { id: 'i-web-public', vpcId: 'vpc-main', vswitchId: 'vsw-web', securityGroupIds: ['sg-web'], publicIp: '47.100.0.2', bandwidthOut: 10 },
          { id: 'i-private', vpcId: 'vpc-main', vswitchId: 'vsw-web', securityGroupIds: ['sg-web'] },
        ],
        eips: [{ id: 'eip-spare', ip: '47.100.0.9' }],
        rds: [
          {
            id: 'rm-orders',
            engine: 'PostgreSQL',
            engineVersion: '14.0',
            vpcId: 'vpc-main',
            vswitchId: 'vsw-web',
            connections: [{ type: 'Private', address: 'rm-orders.pg.rds.aliyuncs.com', port: 5432 }],
            allowlists: [{ name: 'default', ips: ['10.0.0.0/8'] }, { name: 'ali_dms_group', ips: ['100.104.0.0/16'], attribute: 'hidden' }],
            crossBackupRegion: 'ap-southeast-1',
          },
        ],
        redis: Array.from({ length: 55 }, (_, i) => ({
          id: `r-cache-${String(i).padStart(2, '0')}`,
          vpcId: 'vpc-main',
          vswitchId: 'vsw-web',
          connections: i === 0 ? [{ type: 'Private', address: 'r-cache-00.redis.rds.aliyuncs.com', port: 6379 }, { type: 'Public', address: 'r-cache-00-pub.redis.rds.aliyuncs.com', port: 6379 }] : [{ type: 'Private', address: `r-cache-${i}.redis.rds.aliyuncs.com`, port: 6379 }],
          allowlists: [{ name: 'default', ips: i === 0 ? ['0.0.0.0/0'] : ['10.0.0.0/8'] }],
        })),
        mongodb: [
          { id: 'dds-replica', kind: 'replicate', vpcId: 'vpc-main', vswitchId: 'vsw-web', connections: [{ type: 'VPC', address: 'dds-replica.mongodb.rds.aliyuncs.com', port: 3717 }, { type: 'Public', address: 'dds-replica-pub.mongodb.rds.aliyuncs.com', port: 3717 }], allowlists: [{ name: 'default', ips: ['1.0.0.0/1', '128.0.0.0/1'] }] },
          { id: 'dds-sharded', kind: 'sharding', vpcId: 'vpc-main', vswitchId: 'vsw-web', connections: [{ type: 'VPC', address: 's-1.mongodb.rds.aliyuncs.com', port: 3717, nodeType: 'mongos' }], allowlists: [{ name: 'default', ips: ['0.0.0.0/0'] }] },
        ],
        elasticsearch: [
          { id: 'es-private', version: '7.10.0_with_X-Pack', vpcId: 'vpc-main', vswitchId: 'vsw-web', enablePublic: false, publicWhitelist: [], enableKibanaPublic: true, kibanaWhitelist: ['203.0.113.0/24'], privateWhitelist: ['0.0.0.0/0'] },
        ],
      },
      'eu-central-1': {
        vpcs: [{ id: 'vpc-eu', cidr: '172.16.0.0/12' }],
        securityGroups: [],
      },
    },
    buckets: [
      { name: 'public-assets', region: 'cn-shanghai', acl: 'public-read', blockPublicAccess: false },
      { name: 'blocked-assets', region: 'cn-shanghai', acl: 'public-read', blockPublicAccess: true },
      {
        name: 'open-policy',
        region: 'eu-central-1',
        acl: 'private',
        policy: { Version: '1', Statement: [{ Effect: 'Allow', Principal: ['*'], Action: ['oss:GetObject'], Resource: ['acs:oss:*:*:open-policy/*'] }] },
        replication: [{ id: 'same-region', destBucket: 'open-policy-copy', destRegion: 'eu-central-1' }],
      },
      { name: 'elsewhere', region: 'us-west-1', acl: 'public-read-write' },
    ],
  };
}
