/** Where a value came from: a file range for IaC, an API call and id for live accounts. */
export interface SourceLocation {
    /** Path relative to the working directory (IaC), or the ARN / resource id (live). */
    file: string;
    startLine: number;
    endLine: number;
    startColumn?: number;
    endColumn?: number;
    /** For live sources: the API call that returned the value (`ec2:DescribeSecurityGroups`). */
    apiCall?: string;
}
export declare function formatLocation(loc: SourceLocation | undefined): string;
