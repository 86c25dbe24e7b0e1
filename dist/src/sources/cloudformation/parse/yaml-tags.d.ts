/**
 * CloudFormation and ROS short-form intrinsic tags (`!Ref`, `!GetAtt a.b`,
 * `!If [...]`, ...). Each tag is declared for its scalar, sequence and mapping
 * forms so that the `yaml` parser accepts it without a warning and keeps the
 * node (with its tag and range) for our own conversion, which turns it into
 * the long form (`{Ref: x}`, `{"Fn::If": [...]}`) the evaluator reads.
 */
import { type CollectionTag, type ScalarTag } from 'yaml';
/** Tag names (without `!`) whose long form is `Fn::<name>`; `Ref` and `Condition` keep their own key. */
export declare const FN_TAGS: readonly ["Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs", "ImportValue", "Join", "Select", "Split", "Sub", "Transform", "If", "Equals", "And", "Or", "Not", "Length", "ToJsonString", "Str", "Replace", "Base64Encode", "Base64Decode", "ListMerge", "GetJsonValue", "Indent", "MergeMapToList", "Avg", "Add", "Max", "Min", "Calculate", "GetStackOutput", "SelectMapList", "Jq", "FilterEmpty", "Contains", "Any", "EachMemberIn", "MatchPattern"];
/** Tags whose long form key is the tag name itself. */
export declare const PLAIN_TAGS: readonly ["Ref", "Condition"];
/** The long-form key of a short-form tag (`!Sub` → `Fn::Sub`), or undefined for a tag we do not know. */
export declare function longFormKey(tag: string): string | undefined;
/** The `customTags` option for `yaml`'s parse functions. */
export declare const INTRINSIC_YAML_TAGS: Array<ScalarTag | CollectionTag>;
