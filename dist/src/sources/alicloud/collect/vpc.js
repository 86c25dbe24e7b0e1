/**
 * VPC: networks, vSwitches and elastic IPs (which instance each is bound to),
 * each listed with PageNumber/PageSize paging.
 */
import { regionSnapshot } from '../snapshot.js';
import { allByPageNumber, items, numberField, text } from './wire.js';
function listPaged(ctx, operation, outer, inner, pageSize) {
    return allByPageNumber(pageSize, async (page) => {
        const reply = await ctx.session.api.rpc('vpc', ctx.region, operation, { PageNumber: page, PageSize: pageSize });
        return { page: items(reply, outer, inner), total: numberField(reply, 'TotalCount') };
    });
}
export const vpcCollector = {
    service: 'vpc',
    async collect(ctx) {
        const snap = regionSnapshot(ctx.snapshot, ctx.region);
        const scope = (what, operation) => ({ region: ctx.region, service: 'vpc', scope: what, apiCall: `vpc:${operation}` });
        const [vpcs, vswitches, eips] = await Promise.all([
            ctx.part(scope('VPCs', 'DescribeVpcs'), async () => (await listPaged(ctx, 'DescribeVpcs', 'Vpcs', 'Vpc', 50)).map((v) => ({
                id: text(v, 'VpcId'),
                cidrs: [text(v, 'CidrBlock'), text(v, 'Ipv6CidrBlock')].filter((c) => c !== undefined),
                ...(text(v, 'VpcName') ? { name: text(v, 'VpcName') } : {}),
            }))),
            ctx.part(scope('vSwitches', 'DescribeVSwitches'), async () => (await listPaged(ctx, 'DescribeVSwitches', 'VSwitches', 'VSwitch', 50)).map((s) => ({ id: text(s, 'VSwitchId'), vpcId: text(s, 'VpcId') ?? '', cidr: text(s, 'CidrBlock') ?? '' }))),
            ctx.part(scope('elastic IP addresses', 'DescribeEipAddresses'), async () => (await listPaged(ctx, 'DescribeEipAddresses', 'EipAddresses', 'EipAddress', 100)).map((e) => ({
                id: text(e, 'AllocationId'),
                ip: text(e, 'IpAddress') ?? '',
                ...(text(e, 'InstanceId') ? { instanceId: text(e, 'InstanceId') } : {}),
                ...(text(e, 'InstanceType') ? { instanceType: text(e, 'InstanceType') } : {}),
            }))),
        ]);
        snap.vpcs = vpcs;
        snap.vswitches = vswitches;
        snap.eips = eips;
    },
};
