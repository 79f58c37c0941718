package org.podium.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.scoring.Generators.longsFrom;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.podium.domain.Fraction;

/** Fraction is exact whether its value sits in longs or had to move to BigIntegers. */
class FractionTest {

    @Test
    void oneThirdTimesThreeIsOne() {
        Fraction third = Fraction.of(1).divide(3);
        assertThat(third.add(third).add(third)).isEqualTo(Fraction.of(1));
        // 100 x 10.5 / 40 = 26.25 exactly, so half-up to 1 place is 26.3 (section 1).
        assertThat(Fraction.of(new BigDecimal("10.5")).multiply(100).divide(40).round(1, RoundingMode.HALF_UP))
                .isEqualTo(new BigDecimal("26.3"));
    }

    @Test
    void wholeDecimalsOfEveryScaleAreTheSameFractionsAsTheirDigits() {
        for (String whole : new String[] {"40", "-7", "0", "999999999999999999", "9999999999999999999", "1E+3", "40.000"}) {
            BigDecimal d = new BigDecimal(whole);
            Fraction expected = Fraction.of(d.toBigInteger(), BigInteger.ONE);
            assertThat(Fraction.of(d)).as(whole).isEqualTo(expected);
            assertThat(Fraction.of(d).toString()).as(whole).isEqualTo(d.toBigInteger().toString());
        }
    }

    @Test
    void overflowMovesToBigIntegersAndBack() {
        Fraction huge = Fraction.of(Long.MAX_VALUE).multiply(Long.MAX_VALUE);
        assertThat(huge.toString()).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).pow(2).toString());
        Fraction back = huge.divide(Fraction.of(Long.MAX_VALUE));
        assertThat(back).isEqualTo(Fraction.of(Long.MAX_VALUE));
        assertThat(back.compareTo(Fraction.of(Long.MAX_VALUE - 1))).isPositive();
    }

    @Test
    void agreesWithBigDecimalArithmetic() {
        qt().withExamples(1000).forAll(longsFrom(-1_000_000_000_000L, 1_000_000_000_000L), longsFrom(1, 1_000_000_000L),
                longsFrom(-1_000_000_000_000L, 1_000_000_000_000L), longsFrom(1, 1_000_000_000L))
                .checkAssert(FractionTest::agreesWithBigDecimalArithmetic);
    }

    private static void agreesWithBigDecimalArithmetic(long a, long b, long c, long d) {
        // (a/b) + (c/d) rounded to 6 places equals the BigDecimal of (a d + c b) / (b d).
        Fraction sum = Fraction.of(a).divide(b).add(Fraction.of(c).divide(d));
        BigDecimal expected = BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(d)).add(BigDecimal.valueOf(c).multiply(BigDecimal.valueOf(b)))
                .divide(BigDecimal.valueOf(b).multiply(BigDecimal.valueOf(d)), 6, RoundingMode.HALF_UP);
        assertThat(sum.round(6, RoundingMode.HALF_UP)).isEqualTo(expected);
        Fraction product = Fraction.of(a).divide(b).multiply(Fraction.of(c).divide(d));
        BigDecimal p = BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(c))
                .divide(BigDecimal.valueOf(b).multiply(BigDecimal.valueOf(d)), 6, RoundingMode.HALF_UP);
        assertThat(product.round(6, RoundingMode.HALF_UP)).isEqualTo(p);
        assertThat(Integer.signum(Fraction.of(a).divide(b).compareTo(Fraction.of(c).divide(d))))
                .isEqualTo(BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(d)).compareTo(BigDecimal.valueOf(c).multiply(BigDecimal.valueOf(b))));
    }

    /**
     * Rounding in longs (issue 17) gives exactly what BigDecimal's division gives, value and scale, in every mode, at
     * the ties, near the long form's limits and with negative values; an inexact value under UNNECESSARY is refused.
     */
    @Test
    void roundingInLongsIsBigDecimalsDivision() {
        java.util.Random random = new java.util.Random(17);
        long[] edges = {0, 1, -1, 5, -5, 15, -15, 25, -25, 1L << 61, -(1L << 61), (1L << 62) - 1, -((1L << 62) - 1),
                922337203685477L, -922337203685477L, 92233720368547758L};
        for (int k = 0; k < 200_000; k++) {
            long num = k < edges.length ? edges[k] : switch (k % 4) {
                case 0 -> random.nextInt(20001) - 10000;
                case 1 -> random.nextLong() >> random.nextInt(63);
                case 2 -> (random.nextInt(2001) - 1000) * 5L; // halves and other ties
                default -> random.nextLong() >> 2;
            };
            long den = k % 3 == 0 ? 1 + random.nextInt(40) : 1 + (random.nextLong() >>> (1 + random.nextInt(63)));
            Fraction f = Fraction.of(num, den);
            int places = random.nextInt(8);
            for (RoundingMode mode : RoundingMode.values()) {
                BigDecimal expected;
                try {
                    expected = new BigDecimal(num).divide(new BigDecimal(den), places, mode);
                } catch (ArithmeticException inexact) {
                    final Fraction g = f;
                    org.assertj.core.api.Assertions.assertThatThrownBy(() -> g.round(places, mode))
                            .isInstanceOf(ArithmeticException.class);
                    continue;
                }
                BigDecimal got = f.round(places, mode);
                assertThat(got).as(num + "/" + den + " to " + places + " " + mode).isEqualTo(expected);
                assertThat(got.scale()).isEqualTo(places);
            }
        }
    }
}
