export type DetectedFormat = 'cloudformation' | 'ros' | 'terraform-plan';
export declare function detectFormat(path: string, text: string): DetectedFormat | undefined;
