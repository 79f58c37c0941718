package org.podium.domain;

/** How an official time is made (scoring.md section 3). {@code limitMillis} is null when there is no limit. */
public record TimingRules(Options.TimeAggregate aggregate, int required, int resolutionMillis,
                          Options.TimeRounding rounding, long toleranceMillis, Long limitMillis,
                          Options.OverLimit overLimit) {
    public TimingRules {
        if (resolutionMillis < 1) {
            throw new IllegalArgumentException("resolution_ms must be 1 or more");
        }
    }
}
