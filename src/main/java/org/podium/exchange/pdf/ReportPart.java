package org.podium.exchange.pdf;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReport;

/**
 * One compiled report and what fills it: parameters and one map per record (field name to value). Several parts are
 * written one after the other into one PDF (e.g. the judge sheets of two events whose criteria differ).
 */
record ReportPart(JasperReport report, Map<String, Object> parameters, List<Map<String, ?>> rows) {
    ReportPart {
        parameters = Collections.unmodifiableMap(new HashMap<>(parameters)); // values may be null
        rows = List.copyOf(rows);
    }
}
