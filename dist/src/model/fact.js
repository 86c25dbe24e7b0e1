export const known = (value, loc) => ({ known: true, value, loc });
export const unknownFact = (reason, loc) => ({ known: false, reason, loc });
