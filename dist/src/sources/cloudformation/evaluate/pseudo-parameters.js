import { str, unknown } from '../../../model/value.js';
/** `AWS::NoValue` / `ALIYUN::NoValue`: the property is removed. */
export const NO_VALUE = Symbol('NoValue');
function partitionOf(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    if (region.startsWith('us-iso-'))
        return 'aws-iso';
    if (region.startsWith('us-isob-'))
        return 'aws-iso-b';
    if (region.startsWith('eu-isoe-'))
        return 'aws-iso-e';
    return 'aws';
}
/** The value of a pseudo parameter, or undefined when `name` is not one. */
export function pseudoParameter(name, region, loc) {
    const deployTime = (what) => unknown(`${name} (${what}) is known only when the stack is deployed`, loc);
    const noRegion = unknown(`${name}: the stack's region is not given (use --region)`, loc);
    switch (name) {
        case 'AWS::NoValue':
        case 'ALIYUN::NoValue':
            return NO_VALUE;
        case 'AWS::Region':
        case 'ALIYUN::Region':
            return region ? str(region, loc) : noRegion;
        case 'AWS::Partition':
            return region ? str(partitionOf(region), loc) : noRegion;
        case 'AWS::URLSuffix':
            return region ? str(region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com', loc) : noRegion;
        case 'AWS::AccountId':
        case 'ALIYUN::AccountId':
        case 'ALIYUN::TenantId':
            return deployTime('the account');
        case 'AWS::StackName':
        case 'ALIYUN::StackName':
            return deployTime('the stack name');
        case 'AWS::StackId':
        case 'ALIYUN::StackId':
            return deployTime('the stack id');
        case 'AWS::NotificationARNs':
            return deployTime('the notification topics');
        case 'ALIYUN::ResourceGroupId':
            return deployTime('the resource group');
        default:
            return undefined;
    }
}
/** `Fn::GetAZs`: the region's availability zones, which only the deployed account knows. */
export function availabilityZones(loc) {
    return unknown("the region's availability zones are known only at deploy time", loc);
}
