/**
 * Whether an EC2 instance gets a public address, decided the way AWS does, in
 * order: an Elastic IP; the instance's own setting; a default-VPC subnet (which
 * hands out public addresses); the subnet's map-public-IP setting; else unknown.
 * Shared by the Terraform and CloudFormation normalizers.
 */
import { known, unknownFact } from '../../model/fact.js';
export function awsInstancePublicIp(a) {
    const eip = a.eips[0];
    if (eip)
        return { publicIp: known(true, eip.loc), detail: `${eip.address} (Elastic IP)` };
    if (a.explicit)
        return { publicIp: a.explicit.fact, detail: a.explicit.label };
    if (a.defaultVpc)
        return { publicIp: known(true, a.instanceLoc), detail: 'default VPC subnet (public address on launch)' };
    if (a.subnetSetting)
        return { publicIp: a.subnetSetting.fact, detail: a.subnetSetting.label };
    const which = a.subnet.kind === 'external' ? a.subnet.value : 'its subnet';
    return { publicIp: unknownFact(`whether ${which} assigns public addresses (the subnet is not in ${a.scope})`) };
}
