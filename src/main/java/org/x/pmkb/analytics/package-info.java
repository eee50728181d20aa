/**
 * Analytics over a corpus: incidents per month and per root cause, and median / p90 time to
 * detect, mitigate and resolve, overall and per group. Pure computation on model records.
 *
 * <p>Front door: {@link org.x.pmkb.analytics.Analytics#of}. Read {@link
 * org.x.pmkb.analytics.Percentiles} for why there are no averages.
 */
package org.x.pmkb.analytics;
