package org.podium.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What a PostgreSQL server sent to one client, read as the protocol (3.0) frames it: the one-byte answers to the
 * driver's SSL and GSS requests, then messages of a type byte and a length. For the tests that assert on what the
 * venue server sends a station ({@link FaultProxy#recordingReplies}): its DataRow ({@code 'D'}) and
 * NotificationResponse ({@code 'A'}) messages.
 */
public final class PgWire {
    private PgWire() {
    }

    /**
     * One backend message.
     *
     * @param connection the connection's place in the proxy's order
     * @param offset     where it starts in that connection's stream
     */
    public record Message(int connection, int offset, char type, byte[] body) {
        /** A DataRow's columns as sent (null for SQL NULL). */
        public List<byte[]> columns() {
            ByteBuffer b = ByteBuffer.wrap(body);
            int count = b.getShort() & 0xffff;
            List<byte[]> out = new ArrayList<>(count);
            for (int c = 0; c < count; c++) {
                int length = b.getInt();
                if (length < 0) {
                    out.add(null);
                } else {
                    byte[] column = new byte[length];
                    b.get(column);
                    out.add(column);
                }
            }
            return out;
        }

        /** A DataRow's columns as text (a text column as the server wrote it; a binary one as its bytes happen to read). */
        public List<String> texts() {
            return columns().stream().map(c -> c == null ? null : new String(c, StandardCharsets.UTF_8)).toList();
        }

        /** A NotificationResponse's payload (after the process id and the channel's name). */
        public String payload() {
            int channelEnd = indexOf(body, 4, (byte) 0);
            int payloadEnd = indexOf(body, channelEnd + 1, (byte) 0);
            return new String(body, channelEnd + 1, payloadEnd - channelEnd - 1, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "connection " + connection + " @" + offset + " '" + type + "' "
                    + (type == 'D' ? texts() : type == 'A' ? payload() : body.length + " bytes");
        }
    }

    /** Every complete message of every connection, in order (a message cut off at the end of a stream is left out). */
    public static List<Message> messages(List<byte[]> connections) {
        List<Message> out = new ArrayList<>();
        for (int c = 0; c < connections.size(); c++) {
            out.addAll(messages(c, connections.get(c)));
        }
        return out;
    }

    /** The messages of {@code now} that were not complete in {@code before} (what was sent since, per connection). */
    public static List<Message> since(List<byte[]> before, List<byte[]> now) {
        List<Message> out = new ArrayList<>();
        for (Message m : messages(now)) {
            byte[] was = m.connection() < before.size() ? before.get(m.connection()) : new byte[0];
            if (m.offset() + 5 + m.body().length > was.length) {
                out.add(m);
            }
        }
        return out;
    }

    static List<Message> messages(int connection, byte[] stream) {
        List<Message> out = new ArrayList<>();
        int i = 0;
        while (i < stream.length && stream[i] != 'R' && stream[i] != 'E') {
            i++; // 'N' (or 'S', 'G'): the answer to the driver's SSLRequest or GSSENCRequest, one byte without a length
        }
        while (i + 5 <= stream.length) {
            int length = ByteBuffer.wrap(stream, i + 1, 4).getInt();
            if (length < 4 || i + 1 + length > stream.length) {
                break;
            }
            out.add(new Message(connection, i, (char) stream[i], Arrays.copyOfRange(stream, i + 5, i + 1 + length)));
            i += 1 + length;
        }
        return out;
    }

    /**
     * The messages that carry a mark or penalty of someone else: a DataRow naming a mark or penalty (as its kind, or as
     * what a withdrawal withdrew) and one of {@code others}; a DataRow holding one of their marks' {@code values} or
     * fact {@code keys} (as text or as a binary uuid); a notification whose payload is anything but a row id.
     */
    public static List<Message> othersMarks(List<Message> messages, Collection<String> others, Collection<String> values,
                                            Collection<UUID> keys) {
        List<Message> out = new ArrayList<>();
        for (Message m : messages) {
            if (m.type() == 'A' && !m.payload().matches("\\d+")) {
                out.add(m);
            }
            if (m.type() != 'D') {
                continue;
            }
            List<String> texts = m.texts();
            boolean markRow = texts.contains("mark") || texts.contains("penalty");
            boolean leak = markRow && texts.stream().anyMatch(t -> t != null && others.contains(t))
                    || texts.stream().anyMatch(t -> t != null && values.contains(t));
            for (UUID key : keys) {
                leak |= texts.contains(key.toString()) || m.columns().stream().anyMatch(c -> c != null && Arrays.equals(c, bytes(key)));
            }
            if (leak) {
                out.add(m);
            }
        }
        return out;
    }

    /** The DataRows of mark rows (kind {@code mark}) naming {@code official} and holding {@code value}. */
    public static List<Message> markRows(List<Message> messages, String official, String value) {
        return messages.stream().filter(m -> m.type() == 'D').filter(m -> {
            List<String> texts = m.texts();
            return texts.contains("mark") && texts.contains(official) && texts.contains(value);
        }).toList();
    }

    private static byte[] bytes(UUID key) {
        return ByteBuffer.allocate(16).putLong(key.getMostSignificantBits()).putLong(key.getLeastSignificantBits()).array();
    }

    private static int indexOf(byte[] b, int from, byte what) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == what) {
                return i;
            }
        }
        return b.length;
    }
}
