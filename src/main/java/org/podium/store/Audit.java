package org.podium.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The audit trail as text: one line per journal row, with old -> new for corrections. */
public final class Audit {
    private Audit() {
    }

    /**
     * One line per row, in recording order:
     * {@code #id when who @station what: old -> new (corrects #n) reason: ...}; a change to an official reads
     * {@code #12 ... setup @setup official J1 add: judge, 李四} (never the PIN's hash).
     */
    public static List<String> lines(List<JournalRow> rows) {
        return lines(rows, null);
    }

    /**
     * As {@link #lines(List)}, each row's time shown in {@code zone} with its offset ({@code 2020-07-20 09:31:05 +08:00}),
     * as a chief reads a clock at the venue (issue 15); null keeps the stored UTC instant.
     */
    public static List<String> lines(List<JournalRow> rows, java.time.ZoneId zone) {
        Map<Long, JournalRow> byId = new HashMap<>();
        List<String> out = new ArrayList<>(rows.size());
        for (JournalRow row : rows) {
            byId.put(row.id(), row);
            StringBuilder sb = new StringBuilder();
            sb.append('#').append(row.id()).append(' ').append(when(row.recordedAt(), zone)).append(' ').append(row.recordedBy())
                    .append(" @").append(row.station()).append(' ').append(describe(row));
            if (row.factKind() != null) {
                sb.append(": ");
                JournalRow old = row.supersedes() == null ? null : byId.get(row.supersedes());
                if (old != null) {
                    sb.append(shown(old)).append(" -> ");
                }
                sb.append(shown(row));
                if (old != null) {
                    sb.append(" (corrects #").append(old.id()).append(')');
                }
            }
            if (SqliteContestStore.WITHDRAW.equals(row.kind()) && row.supersedes() != null) {
                JournalRow old = byId.get(row.supersedes());
                sb.append(": withdraws ").append(old == null ? "?" : shown(old)).append(" (#").append(row.supersedes()).append(')');
            }
            if (ContestStore.ACK.equals(row.kind())) {
                sb.append(": as it stood: ").append(shown(row));
            }
            if (OfficialEntry.KIND.equals(row.kind())) {
                sb.append(": ").append(official(row));
            }
            if (row.reason() != null) {
                sb.append(" reason: ").append(row.reason());
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static final java.time.format.DateTimeFormatter LOCAL =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    /** The stored instant in {@code zone}, or as stored when there is no zone or it does not parse. */
    static String when(String recordedAt, java.time.ZoneId zone) {
        if (zone == null || recordedAt == null) {
            return recordedAt;
        }
        try {
            return LOCAL.format(java.time.Instant.parse(recordedAt).atZone(zone));
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return recordedAt;
        }
    }

    /** What a row is about: {@code time stand/final 101 T1}, {@code mark stand/final 101 J3 C1 attempt 2}, {@code lock stand/final}. */
    static String describe(JournalRow row) {
        StringBuilder sb = new StringBuilder(row.kind());
        if (row.event() != null) {
            sb.append(' ').append(row.event());
        }
        if (row.round() != null) {
            sb.append('/').append(row.round());
        }
        for (String part : new String[] {row.bib(), row.official(), row.item()}) {
            if (part != null) {
                sb.append(' ').append(part);
            }
        }
        if (row.attempt() != null) {
            sb.append(" attempt ").append(row.attempt());
        }
        return sb.toString();
    }

    /** An official row as the audit shows it: the official after the change, never their PIN's hash. */
    private static String official(JournalRow row) {
        try {
            OfficialEntry e = Officials.of(row).entry();
            return e.role().key() + ", " + e.name() + (OfficialEntry.Change.PIN.item().equals(row.item()) ? ", new PIN" : "");
        } catch (IllegalArgumentException e) {
            return "(not an official: " + e.getMessage() + ")";
        }
    }

    private static String shown(JournalRow row) {
        return row.value() == null || row.value().isEmpty() ? "(empty)" : row.value();
    }
}
