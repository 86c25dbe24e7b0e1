import { parseCidr } from '../model/cidr.js';
import { bucketNameOfArn, regionOfArn } from '../sources/shared/arn.js';
const BLOCK_ALL = 'BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true';
const shell = (lines) => ({ language: 'shell', code: lines.join('\n') });
/** The last path or colon segment of an ARN: the resource's name or id. */
function nameOf(arn) {
    return arn.split(/[:/]/).pop() ?? arn;
}
function regionOf(r, finding) {
    return (r?.region.known ? r.region.value : undefined) ?? finding.resource.region ?? regionOfArn(finding.resource.address) ?? '<region>';
}
/** The IpPermissions JSON that names exactly the world-open sources of a rule, for revoke-security-group-ingress. */
function ipPermissions(details) {
    const protocol = details.protocol;
    const sources = (details.sources ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    if (!protocol || sources.length === 0)
        return undefined;
    const v4 = sources.filter((s) => parseCidr(s)?.version === 4).map((CidrIp) => ({ CidrIp }));
    const v6 = sources.filter((s) => parseCidr(s)?.version === 6).map((CidrIpv6) => ({ CidrIpv6 }));
    const base = protocol === 'all' ? { IpProtocol: '-1' } : { IpProtocol: protocol };
    const ranges = (details.ports ?? '').split(',').filter(Boolean).map((p) => p.split('-').map(Number));
    const perms = (protocol === 'all' || ranges.length === 0 ? [undefined] : ranges).map((range) => ({
        ...base,
        ...(range ? { FromPort: range[0], ToPort: range[1] } : {}),
        ...(v4.length ? { IpRanges: v4 } : {}),
        ...(v6.length ? { Ipv6Ranges: v6 } : {}),
    }));
    return JSON.stringify(perms);
}
function groupIdOf(arn) {
    return /security-group\/(sg-[0-9a-f]+)/.exec(arn)?.[1] ?? nameOf(arn);
}
function firewallFix(finding, region) {
    const perms = ipPermissions(finding.evidence?.details ?? {});
    if (!perms)
        return undefined;
    return shell([
        '# Remove the world-open rule; admit the clients that need it (their security group or address range) instead.',
        `aws ec2 revoke-security-group-ingress --region ${region} --group-id ${groupIdOf(finding.resource.address)} \\`,
        `  --ip-permissions '${perms}'`,
    ]);
}
function naclFix(finding, region) {
    const aclId = /network-acl\/(acl-[0-9a-f]+)/.exec(finding.resource.address)?.[1] ?? nameOf(finding.resource.address);
    const numbers = (finding.evidence?.details?.ruleNumber ?? finding.evidence?.details?.ruleNumbers ?? '').split(',').map((s) => s.trim()).filter((s) => /^\d+$/.test(s));
    if (numbers.length === 0)
        return undefined;
    return shell([
        '# Delete the entry that admits everyone (or narrow it with replace-network-acl-entry --cidr-block <range>).',
        ...numbers.map((n) => `aws ec2 delete-network-acl-entry --region ${region} --network-acl-id ${aclId} --ingress --rule-number ${n}`),
    ]);
}
function datastoreFix(ds, region) {
    const name = nameOf(ds.id);
    switch (ds.service) {
        case 'rds-instance':
            return shell([`aws rds modify-db-instance --region ${region} --db-instance-identifier ${name} --no-publicly-accessible --apply-immediately`]);
        case 'rds-cluster':
        case 'neptune': {
            const members = (ds.members ?? []).map(nameOf);
            if (members.length === 0)
                return shell([`aws rds modify-db-cluster --region ${region} --db-cluster-identifier ${name} --no-publicly-accessible --apply-immediately`]);
            return shell(members.map((m) => `aws rds modify-db-instance --region ${region} --db-instance-identifier ${m} --no-publicly-accessible --apply-immediately`));
        }
        case 'redshift':
            return shell([`aws redshift modify-cluster --region ${region} --cluster-identifier ${name} --no-publicly-accessible`]);
        case 'opensearch':
            return shell([
                '# Replace Principal "*" with the roles that query the domain (a public domain cannot be moved into a VPC: create a VPC domain and migrate).',
                `aws opensearch update-domain-config --region ${region} --domain-name ${name} \\`,
                `  --access-policies '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"<role ARN>"},"Action":"es:ESHttp*","Resource":"${ds.id}/*"}]}'`,
            ]);
        default:
            return undefined;
    }
}
function bucketName(finding, r) {
    if (r?.kind === 'bucket' && r.name.known)
        return r.name.value;
    return bucketNameOfArn(finding.resource.address) ?? nameOf(finding.resource.address);
}
function flowFix(flow, finding) {
    const from = flow.sourceRegion.known ? flow.sourceRegion.value : '<source region>';
    const to = flow.destinationRegion.known ? flow.destinationRegion.value : '<destination region>';
    const dest = flow.destination.kind === 'resource' ? flow.destination.id : flow.destination.kind === 'external' ? flow.destination.value : '<destination>';
    const src = flow.source.kind === 'resource' ? flow.source.id : flow.source.kind === 'external' ? flow.source.value : '<source>';
    switch (flow.flowKind) {
        case 's3-replication': {
            const bucket = bucketNameOfArn(src) ?? nameOf(src);
            return shell([
                `# Point the rule at a bucket in an allowed region (edit replication.json), or stop replicating to ${to}.`,
                `aws s3api get-bucket-replication --bucket ${bucket} --query ReplicationConfiguration > replication.json`,
                `aws s3api put-bucket-replication --bucket ${bucket} --replication-configuration file://replication.json`,
                `# or: aws s3api delete-bucket-replication --bucket ${bucket}`,
            ]);
        }
        case 'rds-read-replica':
            return shell([`# The replica in ${to} holds a full copy: delete it once nothing reads from it (take a final snapshot in an allowed region first if needed).`, `aws rds delete-db-instance --region ${to} --db-instance-identifier ${nameOf(dest)} --skip-final-snapshot`]);
        case 'rds-backup-replication':
            return shell([`aws rds stop-db-instance-automated-backups-replication --region ${to} --source-db-instance-arn ${src}`]);
        case 'aurora-global':
            return shell([`aws rds remove-from-global-cluster --region ${to} --global-cluster-identifier <global cluster> --db-cluster-identifier ${dest}`]);
        case 'dynamodb-replica':
            return shell([`aws dynamodb update-table --region ${from} --table-name ${nameOf(src)} --replica-updates '[{"Delete":{"RegionName":"${to}"}}]'`]);
        case 'elasticache-global':
            return shell([`aws elasticache disassociate-global-replication-group --region ${from} --global-replication-group-id <global datastore> --replication-group-id ${nameOf(dest)} --replication-group-region ${to}`]);
        default:
            return undefined;
    }
}
/** A CLI fix for a live AWS finding, or undefined when there is nothing to run (an inventory entry). */
export function awsCliFix(finding, resource) {
    if (finding.resource.provider !== 'aws')
        return undefined;
    const region = regionOf(resource, finding);
    const rule = finding.ruleId;
    if (/^LP-FW-00[1-4]$/.test(rule) || rule === 'LP-DB-006')
        return firewallFix(finding, region);
    if (rule === 'LP-FW-005')
        return naclFix(finding, region);
    if (rule === 'LP-DB-005' && resource?.kind === 'compute') {
        const group = finding.evidence?.path?.find((h) => h.kind === 'security-group');
        const sg = group ? /sg-[0-9a-f]+/.exec(group.address)?.[0] : undefined;
        return shell([
            '# Admit the database port only from the application tier, then drop the public address if nothing needs it.',
            `aws ec2 describe-security-groups --region ${region} --group-ids ${sg ?? '<group>'} --query 'SecurityGroups[].IpPermissions'`,
            `aws ec2 revoke-security-group-ingress --region ${region} --group-id ${sg ?? '<group>'} --protocol tcp --port <database port> --cidr 0.0.0.0/0`,
        ]);
    }
    if (/^LP-DB-00[123]$/.test(rule) && resource?.kind === 'datastore')
        return datastoreFix(resource, region);
    if (rule === 'LP-ST-001' || rule === 'LP-ST-002') {
        const bucket = bucketName(finding, resource);
        return shell([
            `aws s3api put-public-access-block --bucket ${bucket} --public-access-block-configuration ${BLOCK_ALL}`,
            rule === 'LP-ST-001'
                ? `aws s3api put-bucket-ownership-controls --bucket ${bucket} --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'  # disables ACLs`
                : `# then replace Principal "*" in the policy: aws s3api get-bucket-policy --bucket ${bucket} --query Policy --output text > policy.json; edit; aws s3api put-bucket-policy --bucket ${bucket} --policy file://policy.json`,
        ]);
    }
    if (rule === 'LP-ST-003') {
        if (resource?.kind === 'account-public-access-block')
            return shell([`aws s3control put-public-access-block --account-id ${resource.account ?? '<account>'} --public-access-block-configuration ${BLOCK_ALL}`]);
        return shell([`aws s3api put-public-access-block --bucket ${bucketName(finding, resource)} --public-access-block-configuration ${BLOCK_ALL}`]);
    }
    if (rule === 'LP-RES-001' && resource?.kind === 'data-flow')
        return flowFix(resource, finding);
    return undefined;
}
