package org.podium.exchange;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One file an export writes, before it is written: its name in the output folder and how to write its bytes.
 * Exporters (excel/, pdf/) make these; {@code org.podium.service.ExportService} decides where the bytes go, writes
 * them to a temporary file and moves it into place only when every file of the export is complete.
 */
public interface ExportFile {
    /** The file's name in the output folder, e.g. {@code results-stand-final.xlsx}; no folder part. */
    String fileName();

    /**
     * Writes the whole file to {@code out} (which the caller closes). Calls {@link Progress#checkCancelled()} often
     * enough that a cancel stops a large file within a fraction of a second.
     *
     * @throws ExportCancelled when the user cancelled; the caller discards what was written
     */
    void write(OutputStream out, Progress progress) throws IOException;
}
