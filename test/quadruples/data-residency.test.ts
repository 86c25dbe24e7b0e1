/**
 * Data residency, four ways: a DynamoDB global table in us-east-1 with a
 * replica in eu-west-1, and a read replica in us-east-1 of a database in
 * ap-southeast-1. With the default policy (data stays in the source's
 * jurisdiction) both flows leave it.
 */
import { describe, expect, test } from '@jest/globals';
import { findingsOf, outcomes, type Form, type Quadruple } from './harness.js';

const FORMS: Form[] = ['terraform', 'cloudformation-yaml', 'cloudformation-json', 'terraform-plan'];
const SOURCE_DB = 'arn:aws:rds:ap-southeast-1:111122223333:db:orders';

const FLOWS: Quadruple = {
  region: 'us-east-1',
  terraform: `
provider "aws" {
  region = "us-east-1"
}

resource "aws_dynamodb_table" "sessions" {
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  replica {
    region_name = "eu-west-1"
  }
}

resource "aws_db_instance" "orders_replica" {
  instance_class      = "db.t3.micro"
  replicate_source_db = "${SOURCE_DB}"
}
`,
  cloudformation: `
Resources:
  Sessions:
    Type: AWS::DynamoDB::GlobalTable
    Properties:
      TableName: sessions
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - {AttributeName: id, AttributeType: S}
      KeySchema:
        - {AttributeName: id, KeyType: HASH}
      Replicas:
        - Region: us-east-1
        - Region: eu-west-1
  OrdersReplica:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.t3.micro
      SourceDBInstanceIdentifier: ${SOURCE_DB}
`,
  plan: {
    providers: { aws: { region: 'us-east-1' } },
    resources: [
      {
        address: 'aws_dynamodb_table.sessions',
        values: { name: 'sessions', billing_mode: 'PAY_PER_REQUEST', hash_key: 'id', attribute: [{ name: 'id', type: 'S' }], replica: [{ region_name: 'eu-west-1', kms_key_arn: null }] },
        unknown: { id: true, arn: true, replica: [{ arn: true }] },
      },
      { address: 'aws_db_instance.orders_replica', values: { instance_class: 'db.t3.micro', replicate_source_db: SOURCE_DB }, unknown: { id: true } },
    ],
  },
};

describe('data residency, four ways', () => {
  test('a global-table replica and a cross-region read replica give the same flows everywhere', async () => {
    const results = await Promise.all(FORMS.map((form) => findingsOf(FLOWS, form)));
    const [reference, ...others] = results.map((r) => outcomes(r.findings));
    others.forEach((o, i) => expect({ form: FORMS[i + 1], outcomes: o }).toEqual({ form: FORMS[i + 1], outcomes: reference }));
    expect(reference!.filter((o) => o.ruleId === 'LP-RES-001').map((o) => o.severity)).toEqual(['high', 'high']);
    for (const r of results) {
      const regions = r.findings.filter((f) => f.ruleId === 'LP-RES-001').map((f) => f.message);
      expect(regions).toEqual(expect.arrayContaining([expect.stringMatching(/eu-west-1/), expect.stringMatching(/ap-southeast-1/)]));
    }
  });
});
