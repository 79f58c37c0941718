package org.podium.store;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** PINs as salted slow hashes: PBKDF2WithHmacSHA256, checked in constant time. */
final class Pins {
    static final int ITERATIONS = 120_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final SecureRandom random;

    Pins(SecureRandom random) {
        this.random = random;
    }

    byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return salt;
    }

    static byte[] hash(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static final byte[] NOBODY = new byte[SALT_BYTES];

    /** False, after as long as a real check takes: a PIN typed for an id with no official tells nothing by its speed. */
    static boolean matchesNothing(char[] pin) {
        Arrays.fill(hash(pin, NOBODY, ITERATIONS), (byte) 0);
        return false;
    }

    /** Whether {@code pin} hashes to {@code expected}; the comparison takes the same time wherever they differ. */
    static boolean matches(char[] pin, byte[] salt, int iterations, byte[] expected) {
        byte[] actual = hash(pin, salt, iterations);
        try {
            return MessageDigest.isEqual(actual, expected);
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }
}
