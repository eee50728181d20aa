/**
 * Analytics over a corpus: incidents per month and per root cause, and median / p90 time to
 * detect, mitigate and resolve, overall and per group. Pure computation on model records.
 *
 * <p>Front door: {@link io.github.pmkb.analytics.Analytics#of}. Read {@link
 * io.github.pmkb.analytics.Percentiles} for why there are no averages.
 */
package io.github.pmkb.analytics;
