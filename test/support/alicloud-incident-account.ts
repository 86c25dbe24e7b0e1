/**
 * The December 2019 incident as a live Alibaba Cloud account, the same
 * resources as examples/incident-2019-alicloud/main.tf: an Elasticsearch
 * instance whose public endpoint and Kibana admit 0.0.0.0/0, an RDS instance
 * with a public connection and 0.0.0.0/0 in its allowlist, a security group
 * whose SSH accept rule is overridden by a higher-priority drop, and OSS
 * replication from Frankfurt to Hangzhou.
 */
import type { FakeAlicloudAccount } from '../../bench/support/alicloud-endpoint/account.js';

export const INCIDENT_ACCOUNT_ID = '5123456789012345';
export const INCIDENT_KEY = { accessKeyId: 'LTAI5tIncidentAudit00001', accessKeySecret: 'incident-secret-do-not-print' };

export function incidentAccount(): FakeAlicloudAccount {
  return {
    accountId: INCIDENT_ACCOUNT_ID,
    ...INCIDENT_KEY,
    roles: [`acs:ram::${INCIDENT_ACCOUNT_ID}:role/leakproof-audit`],
    regions: {
      'eu-central-1': {
        vpcs: [{ id: 'vpc-camera', cidr: '172.16.0.0/12', name: 'camera' }],
        vswitches: [{ id: 'vsw-data', vpcId: 'vpc-camera', cidr: '172.16.0.0/21' }],
        securityGroups: [
          {
            id: 'sg-ops',
            name: 'ops',
            vpcId: 'vpc-camera',
            rules: [
              { id: 'sgr-ssh-accept', direction: 'ingress', protocol: 'TCP', portRange: '22/22', policy: 'Accept', priority: 10, sourceCidr: '0.0.0.0/0' },
              { id: 'sgr-ssh-drop', direction: 'ingress', protocol: 'TCP', portRange: '22/22', policy: 'Drop', priority: 1, sourceCidr: '0.0.0.0/0' },
            ],
          },
        ],
        elasticsearch: [
          {
            id: 'es-device-logs',
            version: '6.7_with_X-Pack',
            vpcId: 'vpc-camera',
            vswitchId: 'vsw-data',
            enablePublic: true,
            publicWhitelist: ['0.0.0.0/0'],
            enableKibanaPublic: true,
            kibanaWhitelist: ['0.0.0.0/0'],
            tags: [{ key: 'data-classification', value: 'pii' }],
          },
        ],
        rds: [
          {
            id: 'rm-accounts',
            engine: 'MySQL',
            engineVersion: '8.0',
            vpcId: 'vpc-camera',
            vswitchId: 'vsw-data',
            connections: [
              { type: 'Private', address: 'rm-accounts.mysql.germany.rds.aliyuncs.com', port: 3306 },
              { type: 'Public', address: 'camera-accounts.mysql.germany.rds.aliyuncs.com', port: 3306 },
            ],
            allowlists: [{ name: 'default', ips: ['0.0.0.0/0'] }],
          },
        ],
      },
    },
    buckets: [
      { name: 'camera-exports-eu', region: 'eu-central-1', acl: 'private', replication: [{ id: 'to-hangzhou', destBucket: 'camera-exports-cn', destRegion: 'cn-hangzhou' }] },
    ],
  };
}
