package org.podium.ui.board;

import java.math.BigDecimal;
import java.util.Objects;
import org.podium.domain.Status;

/**
 * One line of the board: an entry as the ranking shows it.
 *
 * @param rank   null for an unranked entry (its status is shown instead)
 * @param total  as the ranking prints it (rounded to the contest's decimals); null for an unranked entry
 * @param award  the prize tier's name, or empty
 */
public record BoardRow(String bib, String name, String unit, Integer rank, Status status, BigDecimal total,
                       String award) {
    public BoardRow {
        Objects.requireNonNull(bib, "bib");
        Objects.requireNonNull(status, "status");
        name = name == null ? "" : name;
        unit = unit == null ? "" : unit;
        award = award == null ? "" : award;
    }
}
