package org.podium.ui.exports;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.podium.exchange.ExportCancelled;
import org.podium.exchange.Progress;
import org.podium.exchange.pdf.PdfExportException;
import org.podium.ui.common.Background;
import org.podium.ui.common.I18n;

/**
 * Exports from the head table: result sheets, award list, certificates (with the award list and notice as PDF) and
 * blank sheets, into a folder, on their own executor (never the store's, so stations keep saving), with a progress
 * bar and a cancel that leaves nothing half-written (the export service's promise).
 */
public final class ExportsViewModel {
    /** What can be exported. */
    public enum Kind { RESULTS, AWARDS, CERTIFICATES, SHEETS }

    /** Does one export (the app composes it from the engine's results and the export service). */
    @FunctionalInterface
    public interface Exporter {
        List<Path> export(Kind kind, Path outDir, Locale locale, Progress progress) throws Exception;
    }

    private final Exporter exporter;
    private final Background exports;
    private final Executor fxThread;
    private final I18n i18n;
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private AtomicBoolean cancel = new AtomicBoolean();

    /**
     * @param exports  runs the exports (its own thread in the app; the calling thread in tests)
     * @param fxThread where progress is shown ({@code Platform::runLater} in the app)
     */
    public ExportsViewModel(Exporter exporter, Background exports, Executor fxThread, I18n i18n, Path folder) {
        this.exporter = exporter;
        this.exports = exports;
        this.fxThread = fxThread;
        this.i18n = i18n;
        this.folder.set(folder == null ? "" : folder.toString());
    }

    /** The folder the files go to (created when missing). */
    public StringProperty folderProperty() {
        return folder;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1 while an export runs. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the last export wrote, or why it wrote nothing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Starts an export (one at a time). */
    public void export(Kind kind) {
        String dir = folder.get().strip();
        if (running.get()) {
            return;
        }
        if (dir.isEmpty()) {
            message.set(i18n.get("exports.error.noFolder"));
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        running.set(true);
        progress.set(0);
        message.set(i18n.get("exports.running", i18n.get("exports.kind." + kind.name())));
        Progress report = new Progress() {
            @Override
            public void step(long done, long total) {
                double share = total <= 0 ? 0 : Math.min(1, (double) done / total);
                fxThread.execute(() -> progress.set(share));
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
        exports.run(() -> exporter.export(kind, Path.of(dir), i18n.locale(), report), written -> {
            running.set(false);
            progress.set(1);
            List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
            message.set(names.isEmpty() ? i18n.get("exports.nothing", i18n.get("exports.kind." + kind.name()))
                    : i18n.get("exports.done", String.join(", ", names), dir));
        }, ex -> {
            running.set(false);
            progress.set(0);
            if (ex instanceof ExportCancelled) {
                message.set(i18n.get("exports.cancelled"));
            } else if (ex instanceof PdfExportException refused) {
                message.set(i18n.get("exports.refused", String.join("\n", refused.problems())));
            } else {
                message.set(i18n.get("exports.failed", ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            }
        });
    }

    /** Asks the running export to stop; it removes what it half-wrote. */
    public void cancel() {
        cancel.set(true);
    }
}
