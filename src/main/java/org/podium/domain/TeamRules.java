package org.podium.domain;

/** Team scoring (section 12): sum or mean of the k best-ranked members' totals. */
public record TeamRules(Options.TeamScore score, int k) {
}
