package org.podium.exchange.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;

/**
 * The shape of a table: its columns (header, relative width, alignment), the height of a row and of the header row,
 * whether every section (a sheet, an event's round) starts a page of its own, the page's orientation, and whether the
 * table ends with the closing lines (organiser and date, parameter {@code closing}). Tables of the
 * same shape share one compiled report; header texts are parameters ({@code h0, h1...}) and cells fields
 * ({@code c0, c1...}).
 */
record TableLayout(List<Column> columns, int rowHeight, int headerHeight, boolean pagePerSection, boolean landscape,
                   boolean closing) {
    /** One column: its header text, its share of the width, and how its cells align. */
    record Column(String header, int weight, HorizontalTextAlignEnum align) {
        static Column left(String header, int weight) {
            return new Column(header, weight, HorizontalTextAlignEnum.LEFT);
        }

        static Column centre(String header, int weight) {
            return new Column(header, weight, HorizontalTextAlignEnum.CENTER);
        }

        static Column right(String header, int weight) {
            return new Column(header, weight, HorizontalTextAlignEnum.RIGHT);
        }
    }

    TableLayout {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs a column");
        }
    }

    /** What the compiled report depends on: everything but the header texts. */
    String shape() {
        StringBuilder b = new StringBuilder();
        for (Column c : columns) {
            b.append(c.weight()).append(c.align().name().charAt(0)).append(',');
        }
        return b.append(rowHeight).append('/').append(headerHeight).append('/').append(pagePerSection)
                .append('/').append(landscape).append('/').append(closing).toString();
    }

    /** The header texts as report parameters. */
    Map<String, Object> headerParameters() {
        Map<String, Object> out = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            out.put("h" + i, columns.get(i).header());
        }
        return out;
    }

    /** One record: the section it belongs to, the section's heading, info line and closing note, and its cells. */
    Map<String, ?> row(String section, String heading, String info, String note, List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + columns.size() + " columns");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("section", section);
        row.put("heading", heading);
        row.put("info", info);
        row.put("note", note);
        for (int i = 0; i < cells.size(); i++) {
            row.put("c" + i, cells.get(i));
        }
        return row;
    }

    /** Empty cells for every column. */
    List<String> blanks() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            out.add("");
        }
        return out;
    }
}
