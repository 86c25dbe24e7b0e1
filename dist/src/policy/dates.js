/** Calendar dates as written in waivers and suppression comments: YYYY-MM-DD. */
/** True for a real calendar date (rejects 2026-02-30 as well as bad shapes). */
export function isCalendarDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m)
        return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
/** Today in UTC, so a CI run gives the same answer wherever its runner sits. */
export function todayUtc(now = new Date()) {
    return now.toISOString().slice(0, 10);
}
/** An expiry date is the last day that applies: expired only once the day has passed. */
export function hasExpired(expires, today) {
    return expires !== undefined && expires < today;
}
