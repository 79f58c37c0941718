package org.podium.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number. Scoring keeps every intermediate value (judgement points, sums, means,
 * medians) exact and rounds once, where scoring.md says (section 1). Values are kept in two longs while
 * they fit, and in BigIntegers when an operation would overflow; the value is the same either way.
 */
public final class Fraction implements Comparable<Fraction> {
    public static final Fraction ZERO = new Fraction(0, 1);

    /** Numerator and denominator, reduced, denominator positive; used when {@code bigNum} is null. */
    private final long num;
    private final long den;
    private final BigInteger bigNum;
    private final BigInteger bigDen;

    private Fraction(long num, long den) {
        this.num = num;
        this.den = den;
        this.bigNum = null;
        this.bigDen = null;
    }

    private Fraction(BigInteger num, BigInteger den) {
        this.num = 0;
        this.den = 0;
        this.bigNum = num;
        this.bigDen = den;
    }

    public static Fraction of(long value) {
        return of(value, 1);
    }

    public static Fraction of(BigDecimal value) {
        if (value.scale() == 0 && value.precision() < 19) {
            return of(value.longValue(), 1); // a whole mark or maximum (no BigInteger made: scoring does this per entry)
        }
        if (value.scale() <= 0) {
            return of(value.toBigIntegerExact(), BigInteger.ONE);
        }
        if (value.scale() < 18 && value.unscaledValue().bitLength() < 63) {
            return of(value.unscaledValue().longValue(), POW10[value.scale()]);
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    private static final long[] POW10 = new long[18];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    public static Fraction of(long num, long den) {
        if (den == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (num == Long.MIN_VALUE || den == Long.MIN_VALUE) {
            return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
        }
        if (den < 0) {
            num = -num;
            den = -den;
        }
        long g = gcd(Math.abs(num), den);
        if (g > 1) {
            num /= g;
            den /= g;
        }
        if (Math.abs(num) >= LIMIT || den >= LIMIT) {
            return new Fraction(BigInteger.valueOf(num), BigInteger.valueOf(den));
        }
        if (den == 1 && num >= 0 && num < WHOLE.length) {
            return WHOLE[(int) num]; // sheet totals of whole marks and the like: made once
        }
        return new Fraction(num, den);
    }

    private static final Fraction[] WHOLE = new Fraction[1024];

    static {
        WHOLE[0] = ZERO;
        for (int i = 1; i < WHOLE.length; i++) {
            WHOLE[i] = new Fraction(i, 1);
        }
    }

    /** The long form holds magnitudes below 2^62 only, so that every value has one form and negation cannot overflow. */
    private static final long LIMIT = 1L << 62;

    public static Fraction of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (num.bitLength() < 63 && den.bitLength() < 63) {
            return num.signum() == 0 ? ZERO : new Fraction(num.longValue(), den.longValue());
        }
        return new Fraction(num, den);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private boolean small() {
        return bigNum == null;
    }

    private BigInteger bn() {
        return small() ? BigInteger.valueOf(num) : bigNum;
    }

    private BigInteger bd() {
        return small() ? BigInteger.valueOf(den) : bigDen;
    }

    public Fraction add(Fraction o) {
        if (small() && o.small()) {
            try {
                if (den == o.den) {
                    return of(Math.addExact(num, o.num), den);
                }
                return of(Math.addExact(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den)),
                        Math.multiplyExact(den, o.den));
            } catch (ArithmeticException overflow) {
                // fall through to the exact BigInteger path
            }
        }
        return of(bn().multiply(o.bd()).add(o.bn().multiply(bd())), bd().multiply(o.bd()));
    }

    public Fraction subtract(Fraction o) {
        return add(o.negate());
    }

    public Fraction negate() {
        return small() ? of(-num, den) : of(bigNum.negate(), bigDen);
    }

    public Fraction multiply(Fraction o) {
        if (small() && o.small()) {
            try {
                return of(Math.multiplyExact(num, o.num), Math.multiplyExact(den, o.den));
            } catch (ArithmeticException overflow) {
                // fall through
            }
        }
        return of(bn().multiply(o.bn()), bd().multiply(o.bd()));
    }

    public Fraction multiply(long k) {
        return multiply(of(k));
    }

    public Fraction divide(Fraction o) {
        if (o.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (small() && o.small()) {
            try {
                return of(Math.multiplyExact(num, o.den), Math.multiplyExact(den, o.num));
            } catch (ArithmeticException overflow) {
                // fall through
            }
        }
        return of(bn().multiply(o.bd()), bd().multiply(o.bn()));
    }

    public Fraction divide(long k) {
        return divide(of(k));
    }

    public int signum() {
        return small() ? Long.signum(num) : bigNum.signum();
    }

    /** Rounded to {@code places} decimals with {@code mode}, straight from the exact value. */
    public BigDecimal round(int places, RoundingMode mode) {
        if (small() && places >= 0 && places < POW10.length) {
            long high = Math.multiplyHigh(num, POW10[places]);
            long scaled = num * POW10[places];
            if (high == (scaled >> 63)) { // no overflow: the quotient in longs, rounded as BigDecimal would
                return Decimals.of(rounded(scaled / den, scaled % den, den, mode), places);
            }
        }
        if (small()) {
            return BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), places, mode);
        }
        return new BigDecimal(bigNum).divide(new BigDecimal(bigDen), places, mode);
    }

    /**
     * The quotient {@code q} (truncated towards zero) of a division by {@code den} > 0 with remainder {@code r} (the
     * dividend's sign), rounded by {@code mode} as {@link BigDecimal#divide(BigDecimal, int, RoundingMode)} does.
     */
    static long rounded(long q, long r, long den, RoundingMode mode) {
        if (r == 0) {
            return q;
        }
        int sign = r < 0 ? -1 : 1;
        long rest = Math.abs(r);
        int half = Long.compare(rest, den - rest); // the remainder against half the divisor, without overflow
        boolean away = switch (mode) {
            case UP -> true;
            case DOWN -> false;
            case CEILING -> sign > 0;
            case FLOOR -> sign < 0;
            case HALF_UP -> half >= 0;
            case HALF_DOWN -> half > 0;
            case HALF_EVEN -> half > 0 || half == 0 && (q & 1) != 0;
            case UNNECESSARY -> throw new ArithmeticException("Rounding necessary");
        };
        return away ? q + sign : q;
    }

    @Override
    public int compareTo(Fraction o) {
        if (small() && o.small()) {
            if (den == o.den) {
                return Long.compare(num, o.num);
            }
            try {
                return Long.compare(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den));
            } catch (ArithmeticException overflow) {
                // fall through
            }
        }
        return bn().multiply(o.bd()).compareTo(o.bn().multiply(bd()));
    }

    @Override
    public boolean equals(Object o) {
        // Both forms are reduced, and the long form is used whenever the value fits it.
        return o instanceof Fraction f && (small() ? f.small() && num == f.num && den == f.den
                : !f.small() && bigNum.equals(f.bigNum) && bigDen.equals(f.bigDen));
    }

    @Override
    public int hashCode() {
        return small() ? Long.hashCode(num) * 31 + Long.hashCode(den) : bigNum.hashCode() * 31 + bigDen.hashCode();
    }

    @Override
    public String toString() {
        return bd().equals(BigInteger.ONE) ? bn().toString() : bn() + "/" + bd();
    }
}
