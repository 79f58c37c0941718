package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** scoring.md section 1: the text form of a time. */
class RaceTimeTest {

    @ParameterizedTest(name = "{0} = {1} ms")
    @CsvSource(delimiter = '|', value = {
            "83.42|83420",
            "83|83000",
            "1:23.42|83420",
            "1:02:03.4|3723400",      // 1 h + 2 min + 3.4 s = 3600000 + 120000 + 3400
            "１：２３．４２|83420",       // full-width digits and punctuation
            "83,42|83420",            // decimal comma
            "８３，４２|83420",          // full-width decimal comma
            "0.001|1",
            "12.345|12345",
            "1:5|65000",
            "59:59.999|3599999",
            " 12.3 |12300",
    })
    void parsesEveryAcceptedForm(String text, long millis) {
        assertThat(RaceTime.parse(text).millis()).isEqualTo(millis);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1:75", "1:60", "1:60:00", "1:02:60.0", "12.3456", "abc", "", "12.", "1::2", "1:2:3:4",
            "-5", "12.3.4", "1,234.5", "12 34", "+12"})
    void refusesAnythingElseNamingTheText(String text) {
        assertThatThrownBy(() -> RaceTime.parse(text))
                .isInstanceOf(RaceTime.FormatException.class)
                .hasMessageContaining("'" + text + "' is not a time");
    }

    @Test
    void moreThanThreeDecimalsIsAnErrorNotATruncation() {
        assertThatThrownBy(() -> RaceTime.parse("23.4105")).hasMessageContaining("more than 3 decimals");
    }

    @Test
    void minutesAfterHoursMustBeBelowSixty() {
        assertThatThrownBy(() -> RaceTime.parse("1:75:00")).hasMessageContaining("minutes after hours must be below 60");
        // Without hours, minutes may be any number: 75:00 is 75 minutes.
        assertThat(RaceTime.parse("75:00").millis()).isEqualTo(4_500_000);
    }

    @Test
    void formatsAsMinutesSecondsHundredths() {
        assertThat(RaceTime.ofMillis(12340).format()).isEqualTo("0:12.34");
        assertThat(RaceTime.ofMillis(62500).format()).isEqualTo("1:02.50");
        assertThat(RaceTime.ofMillis(12345).format()).isEqualTo("0:12.345");
        assertThat(RaceTime.ofMillis(3723400).format()).isEqualTo("1:02:03.40");
        assertThat(RaceTime.ofMillis(23410).seconds3()).isEqualTo("23.410");
        assertThat(RaceTime.ofMillis(3723400).seconds3()).isEqualTo("3723.400");
        assertThat(RaceTime.ofMillis(1005).seconds3()).isEqualTo("1.005");
        assertThat(RaceTime.ofMillis(60_050).seconds3()).isEqualTo("60.050");
        assertThat(RaceTime.ofMillis(7).seconds3()).isEqualTo("0.007");
    }

    @Test
    void bibsSortWholeNumbersFirstThenByCodePoint() {
        java.util.List<String> bibs = new java.util.ArrayList<>(java.util.List.of("1B", "10A", "10", "2"));
        bibs.sort(Bibs.ORDER);
        assertThat(bibs).containsExactly("2", "10", "10A", "1B");
        // Numeric order whatever the length; equal numbers then by code point; beyond a long too.
        java.util.List<String> more = new java.util.ArrayList<>(java.util.List.of("100", "99", "010", "10",
                "123456789012345678901234567890", "9"));
        more.sort(Bibs.ORDER);
        assertThat(more).containsExactly("9", "010", "10", "99", "100", "123456789012345678901234567890");
    }

    @Test
    void aTimeIsShownAtTheEventsResolutionAndNeverHidesARecordedDigit() {
        assertThat(RaceTime.ofMillis(99_170).format(10)).isEqualTo("1:39.17");
        assertThat(RaceTime.ofMillis(99_100).format(100)).isEqualTo("1:39.1");
        assertThat(RaceTime.ofMillis(99_170).format(1)).isEqualTo("1:39.170");
        assertThat(RaceTime.ofMillis(99_000).format(1000)).isEqualTo("1:39");
        assertThat(RaceTime.ofMillis(99_000).format(10)).isEqualTo("1:39.00");
        assertThat(RaceTime.ofMillis(3_723_450).format(10)).isEqualTo("1:02:03.45");
        // a stopwatch press to the millisecond keeps its digits
        assertThat(RaceTime.ofMillis(12_345).format(10)).isEqualTo("0:12.345");
        assertThat(RaceTime.ofMillis(12_340).format(100)).isEqualTo("0:12.34");
    }
}
