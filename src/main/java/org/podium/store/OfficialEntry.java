package org.podium.store;

import org.podium.domain.Role;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An official as a journal row of kind {@value #KIND} holds them (docs/store.md, schema 5): id, name, role and PIN
 * (PBKDF2 hash, salt and iterations). The row's {@code value} is the official as they are after the change, so the
 * latest row of an id is the whole truth about them and the {@code official} table is only its cache.
 */
record OfficialEntry(String id, String name, Role role, byte[] pinHash, byte[] pinSalt, int pinIterations) {
    /** The journal kind of a change to an official. */
    static final String KIND = "official";
    private static final HexFormat HEX = HexFormat.of();

    /** What an official row changed: its {@code item}. */
    enum Change {
        ADD, ROLE, NAME, PIN;

        String item() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    OfficialEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        pinHash = pinHash.clone();
        pinSalt = pinSalt.clone();
    }

    OfficialAccount account() {
        return new OfficialAccount(id, name, role);
    }

    OfficialEntry withRole(Role newRole) {
        return new OfficialEntry(id, name, newRole, pinHash, pinSalt, pinIterations);
    }

    OfficialEntry withName(String newName) {
        return new OfficialEntry(id, newName, role, pinHash, pinSalt, pinIterations);
    }

    OfficialEntry withPin(byte[] hash, byte[] salt, int iterations) {
        return new OfficialEntry(id, name, role, hash, salt, iterations);
    }

    /** Whether {@code pin} is this official's PIN (a slow hash, compared in constant time). */
    boolean pinMatches(char[] pin) {
        return Pins.matches(pin, pinSalt, pinIterations, pinHash);
    }

    /**
     * The row's value: {@code role=judge;iterations=120000;salt=HEX;hash=HEX;name=NAME}, the name last so that it may
     * hold any character.
     */
    String value() {
        return "role=" + role.key() + ";iterations=" + pinIterations + ";salt=" + HEX.formatHex(pinSalt) + ";hash="
                + HEX.formatHex(pinHash) + ";name=" + name;
    }

    /**
     * The official of a row's {@code official} and {@code value}.
     *
     * @throws IllegalArgumentException when the value is not in the form {@link #value()} writes
     */
    static OfficialEntry parse(String id, String value) {
        String[] parts = value == null ? new String[0] : value.split(";", 5);
        if (parts.length != 5 || !parts[0].startsWith("role=") || !parts[1].startsWith("iterations=")
                || !parts[2].startsWith("salt=") || !parts[3].startsWith("hash=") || !parts[4].startsWith("name=")) {
            throw new IllegalArgumentException("not an official's row value");
        }
        return new OfficialEntry(id, parts[4].substring(5), Role.fromKey(parts[0].substring(5)),
                HEX.parseHex(parts[3].substring(5)), HEX.parseHex(parts[2].substring(5)),
                Integer.parseInt(parts[1].substring(11)));
    }

    /** Every field equal, the PIN's bytes included (records compare arrays by reference). */
    boolean sameAs(OfficialEntry other) {
        return other != null && id.equals(other.id) && name.equals(other.name) && role == other.role
                && Arrays.equals(pinHash, other.pinHash) && Arrays.equals(pinSalt, other.pinSalt)
                && pinIterations == other.pinIterations;
    }

    /** What differs from {@code other} (this is the table's row, other the journal's), in words; empty when nothing. */
    String differences(OfficialEntry other) {
        StringBuilder sb = new StringBuilder();
        if (!name.equals(other.name)) {
            sb.append("name '").append(name).append("' (the journal says '").append(other.name).append("')");
        }
        if (role != other.role) {
            sb.append(sb.isEmpty() ? "" : ", ").append("role ").append(role.key()).append(" (the journal says ")
                    .append(other.role.key()).append(')');
        }
        if (!Arrays.equals(pinHash, other.pinHash) || !Arrays.equals(pinSalt, other.pinSalt)
                || pinIterations != other.pinIterations) {
            sb.append(sb.isEmpty() ? "" : ", ").append("a PIN hash that is not the one the journal holds");
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfficialEntry e && sameAs(e);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, role, Arrays.hashCode(pinHash), pinIterations);
    }

    @Override
    public String toString() {
        return "OfficialEntry[" + id + ", " + name + ", " + role.key() + "]";
    }
}
