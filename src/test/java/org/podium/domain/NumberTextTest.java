package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one reading of numbers and codes in every file Podium reads (contest-files.md "Numbers as Excel keeps them"). */
class NumberTextTest {
    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "１００５|1005",
            "1005.0|1005",
            "1005.00|1005",
            "１００５．０|1005",
            "'\u3000 1005 '|1005",
            "Ａ０７|A07",
            "A07|A07",
            "1005.5|1005.5",
            "10.05.0|10.05.0",
            ".0|.0",
            "1005.|1005.",
            "第１组|第1组",
    })
    void code(String text, String code) {
        assertThat(NumberText.code(text)).isEqualTo(code);
    }

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "８６．５|86.5",
            "'８６，５'|86.5",
            "'86,5'|86.5",
            "１：２３．４２|1:23.42",
    })
    void normalise(String text, String normalised) {
        assertThat(NumberText.normalise(text)).isEqualTo(normalised);
        assertThat(NumberText.nfkc(text)).isEqualTo(NumberText.nfkc(text).strip());
    }
}
