/** The subnets, or a reason why the arguments are not valid. */
export declare function cidrSubnets(ipBlock: string, count: number, cidrBits: number): string[] | {
    error: string;
};
