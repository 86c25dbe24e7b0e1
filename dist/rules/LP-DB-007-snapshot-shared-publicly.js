import { snapshotCliFix, snapshotTerraformFix } from '../src/fixes/snapshot.js';
const EVERYONE = 'all';
function describeSnapshot(snap) {
    const what = snap.service === 'ebs' ? 'EBS snapshot' : snap.service === 'rds-cluster' ? 'DB cluster snapshot' : 'DB snapshot';
    const of = snap.source?.kind === 'resource' ? snap.source.id : snap.source?.kind === 'external' ? snap.source.value : undefined;
    return `${what} ${snap.id}${of ? ` (of ${of})` : ''}`;
}
const copyOf = (snap) => (snap.service === 'ebs' ? 'a full copy of the volume' : 'a full copy of the database');
const rule = {
    id: 'LP-DB-007',
    slug: 'snapshot-shared-publicly',
    title: 'Database or volume snapshot is shared with every AWS account',
    severity: 'critical',
    category: 'public-datastore',
    resourceKinds: ['snapshot'],
    description: 'A manual RDS DB snapshot or Aurora DB cluster snapshot whose restore attribute contains "all" ' +
        '(Terraform shared_accounts = ["all"] on aws_db_snapshot, aws_db_snapshot_copy or aws_db_cluster_snapshot; ' +
        'live: DescribeDBSnapshotAttributes / DescribeDBClusterSnapshotAttributes), or an EBS snapshot whose ' +
        'createVolumePermission names the group "all" (live: DescribeSnapshotAttribute), is public: anyone with an ' +
        'AWS account can restore it into their own account and read every row or file, with no network path, ' +
        'credential or security group in the way. Sharing with named account ids is not reported. When the share ' +
        'list is not known (a variable, a value known only after apply, an attribute call that failed) the finding ' +
        'is "possibly public" at medium severity and names the missing fact. CloudFormation has no snapshot ' +
        'resource, so templates cannot declare one.',
    remediation: 'Remove "all" from the snapshot\'s shared accounts and share it only with the account ids that must restore it; ' +
        'encrypt snapshots with a customer-managed KMS key (AWS refuses to make an encrypted snapshot public).',
    references: [
        'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html',
        'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-1',
        'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-1',
        'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
        'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_snapshot',
    ],
    frameworks: ['AWS-FSBP-RDS.1', 'AWS-FSBP-EC2.1', 'NIST-800-53-AC-3'],
    check(resource) {
        if (resource.kind !== 'snapshot')
            return [];
        const out = [];
        for (const share of resource.shares) {
            const location = share.accounts.loc ?? share.loc;
            const at = { ...(location ? { location } : {}), key: share.address ?? 'shared_accounts' };
            const fix = {
                terraform: snapshotTerraformFix(resource, share.accounts.known ? share.accounts.value.filter((a) => a.toLowerCase() !== EVERYONE) : []),
                cli: snapshotCliFix(resource),
            };
            if (!share.accounts.known) {
                out.push({
                    ...at,
                    severity: 'medium',
                    message: `${describeSnapshot(resource)} is possibly public: whom it is shared with is not known (${share.accounts.reason}); "all" would let any AWS account restore ${copyOf(resource)}.`,
                    missing: [`the accounts it is shared with: ${share.accounts.reason}`],
                    details: { verdict: 'possibly' },
                    fix,
                });
                continue;
            }
            if (!share.accounts.value.some((a) => a.toLowerCase() === EVERYONE))
                continue;
            const others = share.accounts.value.filter((a) => a.toLowerCase() !== EVERYONE);
            const doubt = resource.mayNotExist ? [`whether ${resource.id} exists (${resource.mayNotExist})`] : [];
            out.push({
                ...at,
                ...(doubt.length ? { severity: 'medium', missing: doubt } : {}),
                message: `${describeSnapshot(resource)} ${doubt.length ? 'is possibly' : 'is'} shared with all AWS accounts: anyone with an AWS account can restore ${copyOf(resource)} ` +
                    `into their own account${others.length ? ` (also shared with ${others.join(', ')})` : ''}.`,
                details: { verdict: doubt.length ? 'possibly' : 'public', sharedWith: share.accounts.value.join(', ') },
                fix,
            });
        }
        return out;
    },
};
export default rule;
