/** The snapshot's identifier: the last segment of its ARN, or the Terraform name. */
function identifierOf(snap) {
    return snap.id.split(/[:/]/).pop() ?? snap.id;
}
export function snapshotTerraformFix(snap, keep) {
    const parts = snap.id.replace(/\[[^\]]*\]/g, '').split('.');
    const name = parts[parts.length - 1] ?? 'this';
    return [
        `resource "${snap.sourceType}" "${name}" {`,
        `  shared_accounts = ${JSON.stringify(keep)} # only the accounts that restore it; never "all"`,
        '}',
    ].join('\n');
}
export function snapshotCliFix(snap) {
    const region = snap.region.known ? snap.region.value : '<region>';
    const id = identifierOf(snap);
    switch (snap.service) {
        case 'rds-instance':
            return `aws rds modify-db-snapshot-attribute --region ${region} --db-snapshot-identifier ${id} --attribute-name restore --values-to-remove all`;
        case 'rds-cluster':
            return `aws rds modify-db-cluster-snapshot-attribute --region ${region} --db-cluster-snapshot-identifier ${id} --attribute-name restore --values-to-remove all`;
        case 'ebs':
            return `aws ec2 modify-snapshot-attribute --region ${region} --snapshot-id ${id} --attribute createVolumePermission --operation-type remove --group-names all`;
    }
}
