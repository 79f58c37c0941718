package org.podium.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of a round's ranking: exactly what scoring.md section 13 prints, null where the CSV is empty,
 * plus every attempt's detail.
 *
 * @param rank            null for unranked entries
 * @param countingAttempt the counting attempt's number for a ranked entry of an event with several attempts
 * @param advances        whether the entry goes on to the event's next round (false on the last round)
 */
public record EntryResult(Contestant contestant, Integer rank, Status status, Long officialTime,
                          BigDecimal timeScore, BigDecimal qualityScore, BigDecimal theoryScore,
                          BigDecimal penaltyPoints, BigDecimal total, String award, List<String> titles,
                          List<Flag> flags, Integer countingAttempt, List<AttemptResult> attempts,
                          boolean advances) {
    public EntryResult {
        titles = List.copyOf(titles);
        flags = List.copyOf(flags);
        attempts = List.copyOf(attempts);
    }

    public String bib() {
        return contestant.bib();
    }

    public boolean ranked() {
        return rank != null;
    }

    public EntryResult withRank(Integer newRank) {
        if (java.util.Objects.equals(newRank, rank)) {
            return this;
        }
        return new EntryResult(contestant, newRank, status, officialTime, timeScore, qualityScore, theoryScore,
                penaltyPoints, total, award, titles, flags, countingAttempt, attempts, advances);
    }

    public EntryResult withAwards(String newAward, List<String> newTitles) {
        if (java.util.Objects.equals(newAward, award) && titles.equals(newTitles)) {
            return this; // a row is a value: the same award and titles, the same row (a large round's rows mostly stay)
        }
        return new EntryResult(contestant, rank, status, officialTime, timeScore, qualityScore, theoryScore,
                penaltyPoints, total, newAward, newTitles, flags, countingAttempt, attempts, advances);
    }

    public EntryResult withAdvances(boolean goesOn) {
        if (goesOn == advances) {
            return this;
        }
        return new EntryResult(contestant, rank, status, officialTime, timeScore, qualityScore, theoryScore,
                penaltyPoints, total, award, titles, flags, countingAttempt, attempts, goesOn);
    }
}
