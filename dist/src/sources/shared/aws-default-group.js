/**
 * AWS's own rule in a VPC's default security group: all traffic from members
 * of the group itself. Added by the Terraform and CloudFormation normalizers
 * to a default group that the configuration only adds rules to.
 */
import { known } from '../../model/fact.js';
import { ALL_PORTS } from '../../model/ports.js';
export function awsDefaultGroupRule(groupId, loc) {
    return { direction: 'ingress', protocol: known('all'), ports: known(ALL_PORTS), policy: known('accept'), source: { kind: 'group', link: { kind: 'resource', id: groupId } }, loc, key: `${groupId}.aws-default` };
}
