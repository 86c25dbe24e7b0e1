/**
 * Whether an EC2 instance gets a public address, decided the way AWS does, in
 * order: an Elastic IP; the instance's own setting; a default-VPC subnet (which
 * hands out public addresses); the subnet's map-public-IP setting; else unknown.
 * Shared by the Terraform and CloudFormation normalizers.
 */
import { type Fact, type Link } from '../../model/fact.js';
import type { SourceLocation } from '../../model/location.js';
import type { SourceResource } from '../../model/source-resource.js';
export interface AwsInstanceAddressing {
    /** EIP (or EIP association) declarations attached to the instance. */
    eips: SourceResource[];
    /** The instance's own public-IP setting, when it sets one, and how to name it. */
    explicit?: {
        fact: Fact<boolean>;
        label: string;
    };
    /** No subnet given: the instance lands in the default VPC. */
    defaultVpc: boolean;
    instanceLoc: SourceLocation;
    /** The subnet's map-public-IP setting, when the subnet is in the scan. */
    subnetSetting?: {
        fact: Fact<boolean>;
        label: string;
    };
    subnet: Link;
    /** Where the subnet would have been declared ("the scanned files", "the template"). */
    scope: string;
}
export declare function awsInstancePublicIp(a: AwsInstanceAddressing): {
    publicIp: Fact<boolean>;
    detail?: string;
};
