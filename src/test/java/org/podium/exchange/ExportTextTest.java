package org.podium.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.podium.domain.Component;
import org.podium.domain.Flag;
import org.podium.domain.Options;
import org.podium.domain.RoundResult;
import org.podium.domain.Status;

/** The words of exports: keys made from enum values exist in both languages, and every sample explains itself. */
class ExportTextTest {
    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Test
    void everyKeyBuiltFromAValueExistsInBothLanguages() {
        List<String> keys = new ArrayList<>();
        for (Status s : Status.values()) {
            keys.add("export.status." + s.name());
        }
        for (Flag f : Flag.values()) {
            keys.add("export.flag." + f.name());
        }
        for (Component c : Component.values()) {
            keys.add("export.rules.component." + c.key());
        }
        add(keys, "export.rules.timeAggregate.", Options.TimeAggregate.values());
        add(keys, "export.rules.timeRounding.", Options.TimeRounding.values());
        add(keys, "export.rules.limit.", Options.OverLimit.values());
        add(keys, "export.rules.timeScore.", Options.TimeScoreMethod.values());
        add(keys, "export.rules.qualityAggregate.", Options.QualityAggregate.values());
        add(keys, "export.rules.quality.", Options.QualityLevel.values());
        add(keys, "export.rules.tieBreak.", Options.TieBreak.values());
        add(keys, "export.rules.quotaRounding.", Options.QuotaRounding.values());
        add(keys, "export.rules.awards.ties.", Options.TiePolicy.values());
        add(keys, "export.rules.teams.", Options.TeamScore.values());
        for (Locale l : LANGUAGES) {
            ExportText i18n = ExportText.forLocale(l);
            for (String k : keys) {
                assertThat(i18n.get(k)).as(l + " " + k).isNotBlank();
            }
        }
    }

    private static void add(List<String> keys, String prefix, Options.Keyed[] values) {
        for (Options.Keyed v : values) {
            keys.add(prefix + v.key());
        }
    }

    @Test
    void chineseIsTheDefaultAndEnglishIsTheBaseBundle() {
        assertThat(ExportText.DEFAULT_LOCALE).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ExportText.forLocale(Locale.SIMPLIFIED_CHINESE).status(Status.DNS)).isEqualTo("未参赛");
        assertThat(ExportText.forLocale(Locale.ENGLISH).status(Status.DNS)).isEqualTo("DNS");
        assertThat(ExportText.forLocale(Locale.GERMAN).get("export.col.rank")).isEqualTo("Rank");
        assertThat(ExportText.forLocale(Locale.SIMPLIFIED_CHINESE).date(LocalDate.of(2020, 7, 20))).isEqualTo("2020年7月20日");
        assertThat(ExportText.forLocale(Locale.ENGLISH).date(LocalDate.of(2020, 7, 20))).isEqualTo("20 July 2020");
        assertThat(ExportText.forLocale(Locale.ENGLISH).join(List.of("a", "b"))).isEqualTo("a, b");
        assertThat(ExportText.percent(new BigDecimal("0.30"))).isEqualTo("30%");
    }

    @Test
    void everyRoundOfEverySampleIsExplainedInBothLanguages() {
        for (String slug : List.of("monitor-stand", "sanitation", "fire-safety")) {
            ExportInput input = Samples.input(slug);
            for (Locale l : LANGUAGES) {
                ExportText i18n = ExportText.forLocale(l);
                for (RoundResult round : input.result().rounds()) {
                    List<HowScored.Line> lines = HowScored.of(input.contest(), round, i18n);
                    assertThat(lines).as(slug + " " + round.round().id()).hasSizeGreaterThan(10);
                    assertThat(lines).noneMatch(line -> line.text().contains("{"));
                }
            }
        }
    }
}
