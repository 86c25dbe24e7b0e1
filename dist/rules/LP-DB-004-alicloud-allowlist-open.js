import { describeDatastore } from '../src/analysis/datastore-text.js';
import { describeCidr, isEveryoneAllowlistEntry } from '../src/model/cidr.js';
const rule = {
    id: 'LP-DB-004',
    slug: 'alicloud-allowlist-open',
    title: 'Alibaba Cloud database allowlist admits everyone',
    severity: 'high',
    category: 'public-datastore',
    resourceKinds: ['datastore'],
    description: 'An ApsaraDB allowlist — RDS security_ips, db_instance_ip_array and pg_hba_conf address, Redis/KVStore ' +
        'security_ips, MongoDB security_ip_list, PolarDB security_ips and db_cluster_ip_array, Elasticsearch ' +
        'public_whitelist and kibana_whitelist — contains 0.0.0.0/0, 0.0.0.0 or a range wider than /8. The ' +
        'allowlist is the database\'s network firewall: with it open, the only thing between the data and the ' +
        'internet is whether a public connection exists, and any host on the internal network can connect today. ' +
        'When a public connection does exist, the datastore is reachable and LP-DB-001 reports it (critical) with ' +
        'this allowlist in the path; this rule then stays silent so one exposure gives one finding. Private ' +
        '(VPC-only) whitelists are not reported.',
    remediation: 'List only the application servers\' addresses or VPC range (for example 10.0.0.0/8) in the allowlist; never 0.0.0.0/0.',
    references: [
        'https://www.alibabacloud.com/help/en/rds/apsaradb-rds-for-mysql/configure-an-ip-address-whitelist',
        'https://www.alibabacloud.com/help/en/redis/user-guide/configure-whitelists',
        'https://www.alibabacloud.com/help/en/mongodb/user-guide/configure-a-whitelist-for-an-instance',
        'https://www.alibabacloud.com/help/en/es/user-guide/configure-a-public-or-private-ip-address-whitelist-for-an-elasticsearch-cluster',
    ],
    frameworks: ['NIST-800-53-SC-7', 'PCI-DSS-4.0-1.3.1'],
    check(resource, ctx) {
        if (resource.kind !== 'datastore' || resource.provider !== 'alicloud')
            return [];
        const verdict = ctx.reachability(resource);
        // A list already on a reachable path is part of LP-DB-001's finding.
        const onPath = (name) => verdict.verdict === 'reachable' && verdict.path.some((h) => h.kind === 'allowlist' && h.detail.startsWith(`${name} admits`));
        const out = [];
        for (const list of resource.allowlists) {
            if (list.appliesTo === 'private' || !list.entries.known || onPath(list.name))
                continue;
            const wide = list.entries.value.filter(isEveryoneAllowlistEntry);
            if (wide.length === 0)
                continue;
            const endpoint = list.endpoint ? resource.publicEndpoints.find((e) => e.name === list.endpoint) : undefined;
            const isOn = endpoint?.enabled.known === true && endpoint.enabled.value;
            const state = endpoint
                ? isOn
                    ? `${endpoint.name} is on, so the whole internet can connect through it`
                    : endpoint.enabled.known
                        ? `${endpoint.name} is off today, so it is one switch away from the whole internet`
                        : `whether ${endpoint.name} is on is not known (${endpoint.enabled.reason}), so it may already be open to the whole internet`
                : 'no public connection is declared today, so it is one public connection away from the whole internet';
            out.push({
                message: `${describeDatastore(resource)}: ${list.name}${list.address ? ` (${list.address})` : ''} admits ${wide.map((w) => describeCidr(w === '0.0.0.0' ? '0.0.0.0/0' : w)).join(', ')}; ${state}.`,
                ...(list.loc ? { location: list.loc } : {}),
                key: list.name,
                details: { allowlist: list.name, entries: wide.join(', ') },
                fix: { terraform: `# ${list.address ?? resource.id}: list only the clients' addresses\n${list.name.split(' ')[0]} = ["10.0.0.0/8"] # instead of ${JSON.stringify(wide)}` },
            });
        }
        return out;
    },
};
export default rule;
