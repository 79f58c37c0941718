package org.podium.contestfile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the text files of a contest folder. The encoding is detected, never guessed loosely: UTF-8 with a
 * byte-order mark, else UTF-8, else GB18030 (what Excel writes on a Chinese Windows), each with a strict
 * decoder, so a file is either read right or refused; it never comes back as mojibake.
 */
public final class TextFiles {
    /** The encoding Excel uses for "CSV" on a Chinese Windows. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextFiles() {
    }

    /**
     * The text of {@code file}, without a byte-order mark.
     *
     * @param expected what the file should hold, for the message about an empty file,
     *                 e.g. "a header line bib,name,unit,team,event,heat,gender,birth_date"
     * @param maxBytes the largest such file read (see {@link Limits}); a larger one is refused before it is read
     * @param what     what the file is, for the message about its size, e.g. "a scores CSV"
     * @throws ContestFileException when the file is missing, unreadable, not a regular file, too large, empty (nothing
     *                              but a BOM or white space) or not text (it holds NUL bytes, or is neither UTF-8 nor
     *                              GB18030)
     */
    public static String read(Path file, String expected, long maxBytes, String what) throws ContestFileException {
        String name = file.toString();
        byte[] bytes = readBytes(file, maxBytes, what);
        return decode(bytes, name, expected);
    }

    /** The largest CSV {@link #read(Path)} reads whole. */
    static final long CSV_BYTES = 64L << 20;

    /** {@link #read(Path, String, long, String)} of a CSV expecting "a header line and records", at most 64 MB. */
    public static String read(Path file) throws ContestFileException {
        return read(file, "a header line and then one record per line", CSV_BYTES, "a CSV file");
    }

    /**
     * The bytes of a file, or a problem saying why they cannot be read: missing, a folder or a device rather than a
     * file, or larger than {@code maxBytes} (checked before reading, and again while reading a file that grows).
     */
    static byte[] readBytes(Path file, long maxBytes, String what) throws ContestFileException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.folder")));
        }
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.notRegular", said(what))));
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(name, size, maxBytes, what);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw tooLarge(name, Math.max(bytes.length, Files.size(file)), maxBytes, what);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.missing")));
        } catch (AccessDeniedException e) {
            throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.denied")));
        } catch (IOException e) {
            throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.unreadable", reason(e))));
        }
    }

    /**
     * The size of {@code file}, refused as {@link #readBytes} refuses it when larger than {@code maxBytes}, for a file
     * read as a stream; 0 when it is not a regular file or its size cannot be told (reading it says why).
     */
    static long checkSize(Path file, long maxBytes, String what) throws ContestFileException {
        long size;
        try {
            size = Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
        if (size > maxBytes) {
            throw tooLarge(file.toString(), size, maxBytes, what);
        }
        return size;
    }

    static ContestFileException tooLarge(String name, long size, long maxBytes, String what) {
        return new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.tooLarge", Limits.megabytes(size), size, said(what),
                Limits.megabytes(maxBytes))));
    }

    /**
     * What a file should hold or is, in this run's words: a {@code contestfile.*} key said from the bundles; a
     * caller's own text (the services' "the contest scheme") as it is.
     */
    static String said(String keyOrText) {
        return keyOrText.startsWith("contestfile.") ? FileText.current().get(keyOrText) : keyOrText;
    }

    static String reason(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? FileText.current().get("contestfile.file.refused") : m;
    }

    static String decode(byte[] bytes, String name, String expected) throws ContestFileException {
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        if (start == 0 && bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.utf16")));
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.binary")));
            }
        }
        ByteBuffer body = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text = strict(StandardCharsets.UTF_8, body.duplicate());
        if (text == null && start == 0) {
            text = strict(GB18030, body.duplicate());
        }
        if (text == null) {
            throw new ContestFileException(Problem.of(name, FileText.current().get(start > 0 ? "contestfile.file.badBom"
                    : "contestfile.file.notText")));
        }
        if (text.isBlank()) {
            throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.empty", said(expected))));
        }
        return text;
    }

    private static String strict(Charset charset, ByteBuffer bytes) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
