/** Calendar dates as written in waivers and suppression comments: YYYY-MM-DD. */
/** True for a real calendar date (rejects 2026-02-30 as well as bad shapes). */
export declare function isCalendarDate(text: string): boolean;
/** Today in UTC, so a CI run gives the same answer wherever its runner sits. */
export declare function todayUtc(now?: Date): string;
/** An expiry date is the last day that applies: expired only once the day has passed. */
export declare function hasExpired(expires: string | undefined, today: string): boolean;
