package org.podium.exchange;

/** Thrown out of an export the user cancelled; the exporter has removed its partial output. */
public final class ExportCancelled extends RuntimeException {
    public ExportCancelled() {
        super("export cancelled");
    }
}
