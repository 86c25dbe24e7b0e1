/**
 * CloudFormation and ROS short-form intrinsic tags (`!Ref`, `!GetAtt a.b`,
 * `!If [...]`, ...). Each tag is declared for its scalar, sequence and mapping
 * forms so that the `yaml` parser accepts it without a warning and keeps the
 * node (with its tag and range) for our own conversion, which turns it into
 * the long form (`{Ref: x}`, `{"Fn::If": [...]}`) the evaluator reads.
 */
import { YAMLMap, YAMLSeq } from 'yaml';
/** Tag names (without `!`) whose long form is `Fn::<name>`; `Ref` and `Condition` keep their own key. */
export const FN_TAGS = [
    'Base64',
    'Cidr',
    'FindInMap',
    'GetAtt',
    'GetAZs',
    'ImportValue',
    'Join',
    'Select',
    'Split',
    'Sub',
    'Transform',
    'If',
    'Equals',
    'And',
    'Or',
    'Not',
    'Length',
    'ToJsonString',
    // Alibaba Cloud ROS functions that also have short forms.
    'Str',
    'Replace',
    'Base64Encode',
    'Base64Decode',
    'ListMerge',
    'GetJsonValue',
    'Indent',
    'MergeMapToList',
    'Avg',
    'Add',
    'Max',
    'Min',
    'Calculate',
    'GetStackOutput',
    'SelectMapList',
    'Jq',
    'FilterEmpty',
    'Contains',
    'Any',
    'EachMemberIn',
    'MatchPattern',
];
/** Tags whose long form key is the tag name itself. */
export const PLAIN_TAGS = ['Ref', 'Condition'];
/** The long-form key of a short-form tag (`!Sub` → `Fn::Sub`), or undefined for a tag we do not know. */
export function longFormKey(tag) {
    const name = tag.startsWith('!') ? tag.slice(1) : tag;
    if (PLAIN_TAGS.includes(name))
        return name;
    if (FN_TAGS.includes(name))
        return `Fn::${name}`;
    return undefined;
}
function tagsFor(name) {
    const tag = `!${name}`;
    return [
        { tag, resolve: (s) => s },
        { tag, collection: 'seq', nodeClass: YAMLSeq, resolve: (seq) => seq },
        { tag, collection: 'map', nodeClass: YAMLMap, resolve: (m) => m },
    ];
}
/** The `customTags` option for `yaml`'s parse functions. */
export const INTRINSIC_YAML_TAGS = [...PLAIN_TAGS, ...FN_TAGS].flatMap(tagsFor);
