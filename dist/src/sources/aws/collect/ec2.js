/**
 * EC2 and VPC, per region: VPCs, subnets, route tables, internet, egress-only
 * and NAT gateways, network ACLs, security groups, instances, network
 * interfaces and Elastic IPs. One paginated Describe per kind (largest pages),
 * all in parallel within the per-service bound; each kind is its own part, so
 * a denied DescribeNetworkAcls leaves only the ACLs not assessed.
 */
import { DescribeAddressesCommand, paginateDescribeEgressOnlyInternetGateways, paginateDescribeInstances, paginateDescribeInternetGateways, paginateDescribeNatGateways, paginateDescribeNetworkAcls, paginateDescribeNetworkInterfaces, paginateDescribeRouteTables, paginateDescribeSecurityGroups, paginateDescribeSubnets, paginateDescribeVpcs, } from '@aws-sdk/client-ec2';
import { regionOf } from '../snapshot.js';
import { allPages, PAGE_SIZE } from './pages.js';
export const ec2Collector = {
    service: 'ec2',
    async collect(ctx) {
        const client = ctx.session.clients.ec2(ctx.region);
        const snap = regionOf(ctx.snapshot, ctx.region);
        const part = (scope, apiCall, read) => ctx.part({ region: ctx.region, service: 'ec2', scope, apiCall }, read);
        const big = { client, pageSize: PAGE_SIZE.ec2 };
        await Promise.all([
            part('VPCs', 'ec2:DescribeVpcs', () => allPages(paginateDescribeVpcs(big, {}), (p) => p.Vpcs)).then((p) => (snap.vpcs = p)),
            part('subnets', 'ec2:DescribeSubnets', () => allPages(paginateDescribeSubnets(big, {}), (p) => p.Subnets)).then((p) => (snap.subnets = p)),
            part('route tables', 'ec2:DescribeRouteTables', () => allPages(paginateDescribeRouteTables({ client, pageSize: PAGE_SIZE.ec2RouteTables }, {}), (p) => p.RouteTables)).then((p) => (snap.routeTables = p)),
            part('internet gateways', 'ec2:DescribeInternetGateways', () => allPages(paginateDescribeInternetGateways(big, {}), (p) => p.InternetGateways)).then((p) => (snap.internetGateways = p)),
            part('egress-only internet gateways', 'ec2:DescribeEgressOnlyInternetGateways', () => allPages(paginateDescribeEgressOnlyInternetGateways({ client, pageSize: PAGE_SIZE.ec2EgressOnlyGateways }, {}), (p) => p.EgressOnlyInternetGateways)).then((p) => (snap.egressOnlyGateways = p)),
            part('NAT gateways', 'ec2:DescribeNatGateways', () => allPages(paginateDescribeNatGateways(big, {}), (p) => p.NatGateways)).then((p) => (snap.natGateways = p)),
            part('network ACLs', 'ec2:DescribeNetworkAcls', () => allPages(paginateDescribeNetworkAcls(big, {}), (p) => p.NetworkAcls)).then((p) => (snap.networkAcls = p)),
            part('security groups', 'ec2:DescribeSecurityGroups', () => allPages(paginateDescribeSecurityGroups(big, {}), (p) => p.SecurityGroups)).then((p) => (snap.securityGroups = p)),
            part('instances', 'ec2:DescribeInstances', () => allPages(paginateDescribeInstances(big, {}), (p) => (p.Reservations ?? []).flatMap((r) => r.Instances ?? []))).then((p) => (snap.instances = p)),
            part('network interfaces', 'ec2:DescribeNetworkInterfaces', () => allPages(paginateDescribeNetworkInterfaces(big, {}), (p) => p.NetworkInterfaces)).then((p) => (snap.networkInterfaces = p)),
            // DescribeAddresses is not paginated: one call returns every Elastic IP of the region.
            part('Elastic IPs', 'ec2:DescribeAddresses', async () => (await client.send(new DescribeAddressesCommand({}))).Addresses ?? []).then((p) => (snap.addresses = p)),
        ]);
    },
};
