package org.podium.exchange.pdf;

import java.util.List;
import java.util.Map;

/** A table to print: its layout and its records, in print order (one section after the other). */
record TableData(TableLayout layout, List<Map<String, ?>> rows) {
    TableData {
        rows = List.copyOf(rows);
    }
}
