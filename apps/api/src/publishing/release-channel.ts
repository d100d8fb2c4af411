/** The channel publishing and visibility changes notify (with the fair's slug) when their transaction commits. */
export const RELEASE_CHANNEL = 'release_published';
