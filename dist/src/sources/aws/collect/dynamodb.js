/**
 * DynamoDB, per region: table names (ListTables, largest pages), then each
 * table's description for its global-table replicas. DynamoDB has no batch
 * describe, so DescribeTable runs once per table, in parallel within the
 * per-service bound; each table is its own part. Tags come from one tagging
 * call.
 */
import { DescribeTableCommand, paginateListTables } from '@aws-sdk/client-dynamodb';
import { regionOf } from '../snapshot.js';
import { allPages, PAGE_SIZE, tagsOf } from './pages.js';
export const dynamodbCollector = {
    service: 'dynamodb',
    async collect(ctx) {
        const client = ctx.session.clients.dynamodb(ctx.region);
        const snap = regionOf(ctx.snapshot, ctx.region);
        const part = (scope, apiCall, read) => ctx.part({ region: ctx.region, service: 'dynamodb', scope, apiCall }, read);
        snap.dynamoTableNames = await part('tables', 'dynamodb:ListTables', () => allPages(paginateListTables({ client, pageSize: PAGE_SIZE.dynamodbListTables }, {}), (p) => p.TableNames));
        if (!snap.dynamoTableNames.ok || snap.dynamoTableNames.value.length === 0)
            return;
        const tables = new Map();
        await Promise.all([
            ...snap.dynamoTableNames.value.map(async (name) => {
                tables.set(name, await part(`table ${name}`, 'dynamodb:DescribeTable', async () => {
                    const table = (await client.send(new DescribeTableCommand({ TableName: name }))).Table;
                    if (!table)
                        throw new Error(`DescribeTable returned no table for ${name}`);
                    return table;
                }));
            }),
            part('table tags (data classification)', 'tag:GetResources', () => tagsOf(ctx.session, ctx.region, ['dynamodb:table'])).then((p) => (snap.dynamoTags = p)),
        ]);
        snap.dynamoTables = tables;
    },
};
