package org.podium.store;

import java.math.BigDecimal;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Origin;
import org.podium.domain.RaceTime;
import org.podium.domain.Status;

/** A fact's value as the scores CSV writes it, and a fact rebuilt from a journal row. */
public final class FactText {
    private FactText() {
    }

    /**
     * The value column of a scores CSV line for this fact: a time or lap in seconds ({@code 68.12}, {@code 83}),
     * a mark or theory mark as a plain decimal, a penalty count as a whole number, a status as DNS, DNF or DSQ.
     */
    public static String value(Fact fact) {
        return switch (fact.kind()) {
            case TIME, LAP -> BigDecimal.valueOf(fact.millis(), 3).stripTrailingZeros().toPlainString();
            case MARK, THEORY, PENALTY -> fact.amount().toPlainString();
            case STATUS -> fact.status().name();
        };
    }

    /** The fact of a fact row; its origin is the database file with the row id as its line. */
    static Fact fact(JournalRow row, String file) {
        FactKind kind = row.factKind();
        if (kind == null) {
            throw new IllegalArgumentException("row " + row.id() + " is a " + row.kind() + " event, not a fact");
        }
        Origin origin = new Origin(file, Math.toIntExact(row.id()));
        long millis = kind == FactKind.TIME || kind == FactKind.LAP ? RaceTime.parse(row.value()).millis() : 0;
        BigDecimal amount = switch (kind) {
            case MARK, THEORY, PENALTY -> new BigDecimal(row.value());
            default -> null;
        };
        Status status = kind == FactKind.STATUS ? Status.valueOf(row.status()) : null;
        return new Fact(kind, row.event(), row.round(), row.bib(), row.official(), row.item(), row.attempt(), millis,
                amount, status, origin);
    }
}
