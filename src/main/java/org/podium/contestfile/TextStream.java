package org.podium.contestfile;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A text file read as a stream, never held whole (issue 17), with the encoding rules of {@link TextFiles}: UTF-8 with
 * a byte-order mark, else UTF-8, else GB18030, each decoded strictly; UTF-16 and NUL bytes refused. A file is decoded as
 * UTF-8 while it is read; when its bytes turn out not to be UTF-8 (and it had no byte-order mark), it is read again
 * from its start as GB18030: a second pass only for such files. The messages are those of {@link TextFiles}.
 */
final class TextStream {
    private TextStream() {
    }

    /** What reads the text: called once, or twice when the file turns out to be GB18030 (then from the start again). */
    interface Pass {
        /**
         * Reads {@code text} to its end (a {@link CharacterCodingException} or a NUL byte met on the way is thrown from
         * the reader's {@code read}: let it through).
         *
         * @param bytes how many bytes of the file have been read so far, for an estimate of what is still to come
         */
        void read(Reader text, ByteCount bytes) throws IOException, ContestFileException;
    }

    /** The bytes read from the file so far. */
    interface ByteCount {
        long read();
    }

    /** A NUL byte met while reading: the file is not text. */
    private static final class NulByte extends IOException {
        NulByte() {
            super("NUL byte");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // a verdict on the file, not a fault: no stack
        }
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * Streams {@code file} through {@code pass}.
     *
     * @param what what the file is, for the message about a device given as a file, e.g. "contestfile.what.scores"
     * @throws ContestFileException when the file is missing, unreadable, not a regular file or not text (it holds NUL
     *                              bytes, is UTF-16, or is neither UTF-8 nor GB18030); or what {@code pass} throws
     */
    static void read(Path file, String what, Pass pass) throws ContestFileException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.folder")));
        }
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.notRegular",
                        TextFiles.said(what))));
            }
            boolean bom;
            try (Checked in = new Checked(Files.newInputStream(file))) {
                byte[] head = in.head(UTF8_BOM.length);
                bom = java.util.Arrays.equals(head, UTF8_BOM);
                if (!bom && head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                        || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
                    throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.utf16")));
                }
                in.count = head.length;
                in.unread = bom ? new byte[0] : head;
                in.check(in.unread, 0, in.unread.length);
                if (pass(in, StandardCharsets.UTF_8, pass)) {
                    return;
                }
                in.drain(); // a NUL byte anywhere says more than the encoding does
            }
            if (bom) {
                throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.badBom")));
            }
            try (Checked in = new Checked(Files.newInputStream(file))) {
                if (pass(in, TextFiles.GB18030, pass)) {
                    return;
                }
            }
            throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.notText")));
        } catch (NulByte e) {
            throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.binary")));
        } catch (NoSuchFileException e) {
            throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.missing")));
        } catch (AccessDeniedException e) {
            throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.denied")));
        } catch (IOException e) {
            throw new ContestFileException(Problem.of(name, FileText.current().get("contestfile.file.unreadable",
                    TextFiles.reason(e))));
        }
    }

    /** Runs {@code pass} over the stream decoded strictly as {@code charset}: false when the bytes are not that. */
    private static boolean pass(Checked in, Charset charset, Pass pass) throws IOException, ContestFileException {
        Reader text = new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            pass.read(text, () -> in.count);
            return true;
        } catch (NulByte e) {
            throw e;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The file's bytes, each checked for NUL and counted; the first few may be given back ({@link #unread}). */
    private static final class Checked extends FilterInputStream {
        byte[] unread = new byte[0];
        int next;
        long count;

        Checked(InputStream in) {
            super(in);
        }

        /** The first {@code n} bytes (fewer in a shorter file), read past the checks. */
        byte[] head(int n) throws IOException {
            return in.readNBytes(n);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (next < unread.length) {
                int n = Math.min(len, unread.length - next);
                System.arraycopy(unread, next, b, off, n);
                next += n;
                return n;
            }
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
                check(b, off, n);
            }
            return n;
        }

        void check(byte[] b, int off, int n) throws NulByte {
            for (int i = off; i < off + n; i++) {
                if (b[i] == 0) {
                    throw new NulByte();
                }
            }
        }

        /** Reads the rest, for its NUL bytes. */
        void drain() throws IOException {
            byte[] buffer = new byte[1 << 16];
            while (read(buffer, 0, buffer.length) >= 0) {
                // checked as read
            }
        }
    }
}
