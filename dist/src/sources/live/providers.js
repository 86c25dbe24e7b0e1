import { alicloudCliFix } from '../../fixes/alicloud-cli.js';
import { awsCliFix } from '../../fixes/aws-cli.js';
const FIXERS = {
    aws: awsCliFix,
    alicloud: alicloudCliFix,
};
export function fixerFor(provider) {
    return FIXERS[provider];
}
