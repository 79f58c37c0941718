package org.podium.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number. Scoring keeps every intermediate value (judgement points, sums, means,
 * medians) exact and rounds once, where scoring.md says (section 1).
 */
public final class Fraction implements Comparable<Fraction> {
    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    private final BigInteger num;
    private final BigInteger den;

    private Fraction(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    public static Fraction of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (num.signum() == 0) {
            den = BigInteger.ONE;
        }
        return new Fraction(num, den);
    }

    public static Fraction of(long value) {
        return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
    }

    public static Fraction of(BigDecimal value) {
        if (value.scale() <= 0) {
            return new Fraction(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    public Fraction add(Fraction o) {
        if (den.equals(o.den)) {
            return of(num.add(o.num), den);
        }
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public Fraction subtract(Fraction o) {
        return add(o.negate());
    }

    public Fraction negate() {
        return new Fraction(num.negate(), den);
    }

    public Fraction multiply(Fraction o) {
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    public Fraction multiply(long k) {
        return of(num.multiply(BigInteger.valueOf(k)), den);
    }

    public Fraction divide(Fraction o) {
        return of(num.multiply(o.den), den.multiply(o.num));
    }

    public Fraction divide(long k) {
        return of(num, den.multiply(BigInteger.valueOf(k)));
    }

    public int signum() {
        return num.signum();
    }

    /** Rounded to {@code places} decimals with {@code mode}, straight from the exact value. */
    public BigDecimal round(int places, RoundingMode mode) {
        return new BigDecimal(num).divide(new BigDecimal(den), places, mode);
    }

    /** The exact value when it has a finite decimal expansion, else rounded to 12 places (for display only). */
    public BigDecimal toBigDecimalForDisplay() {
        BigInteger d = den;
        while (d.mod(BigInteger.TWO).signum() == 0) {
            d = d.shiftRight(1);
        }
        while (d.mod(BigInteger.valueOf(5)).signum() == 0) {
            d = d.divide(BigInteger.valueOf(5));
        }
        if (d.equals(BigInteger.ONE)) {
            return new BigDecimal(num).divide(new BigDecimal(den)).stripTrailingZeros();
        }
        return round(12, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    @Override
    public int compareTo(Fraction o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && num.equals(f.num) && den.equals(f.den);
    }

    @Override
    public int hashCode() {
        return Objects.hash(num, den);
    }

    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }
}
