package io.github.pmkb.analytics;

/**
 * Time to detect, mitigate and resolve for one group of incidents (all, one root cause, one
 * severity).
 *
 * @param incidents incidents in the group, whether or not their times are known
 */
public record GroupStats(String group, int incidents, DurationStats detect, DurationStats mitigate,
    DurationStats resolve) {}
