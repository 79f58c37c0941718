package org.podium.contestfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The contest-file messages in both languages. */
class FileTextTest {
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/org/podium/i18n", name)),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void everyContestFileMessageIsTranslatedAndAValidPattern() throws IOException {
        Properties en = bundle("messages.properties");
        Properties zh = bundle("messages_zh_CN.properties");
        List<String> keys = en.stringPropertyNames().stream().filter(k -> k.startsWith("contestfile.")).sorted().toList();
        assertThat(keys).hasSizeGreaterThan(40);
        for (String k : keys) {
            assertThat(zh.getProperty(k)).as(k).isNotNull().isNotEqualTo(en.getProperty(k));
            if (en.getProperty(k).contains("{0}")) {
                new MessageFormat(en.getProperty(k)); // throws on a broken pattern
                new MessageFormat(zh.getProperty(k));
            }
        }
        // the keys FileText builds from parts
        assertThat(keys).contains("contestfile.word.events", "contestfile.word.columns", "contestfile.nothing", "contestfile.quoted",
                "contestfile.hint.close", "contestfile.hint.list", "contestfile.hint.none", "contestfile.didYouMean", "contestfile.note");
    }

    @Test
    void hintsAndQuotesInBothLanguages() {
        FileText en = FileText.ENGLISH;
        FileText zh = FileText.forLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(en.hint("stnd", List.of("stand", "weld"), "events")).isEqualTo(Words.hint("stnd", List.of("stand", "weld"), "events"));
        assertThat(en.hint("x", List.of(), "columns")).isEqualTo(" (columns: none)");
        assertThat(zh.hint("stnd", List.of("stand", "weld"), "events")).isEqualTo("（是否想写“stand”？可用项目：stand, weld）");
        assertThat(en.quote("")).isEqualTo("nothing");
        assertThat(en.quote("一车间")).isEqualTo("'一车间'");
        assertThat(zh.quote("一车间")).isEqualTo("“一车间”");
        // numbers are passed as text: no grouping comma in a line number or a bib
        assertThat(en.get("contestfile.roster.twice", "12345", "stand", 50003))
                .isEqualTo("bib 12345 appears twice in event stand (first at line 50003): a contestant is entered once per event");
    }

    @Test
    void theSpreadsheetLettersOfAColumn() {
        assertThat(List.of(0, 1, 25, 26, 27, 701, 702)).extracting(i -> new Table.Column(i, "h", "h", Table.Source.OTHER).letters())
                .containsExactly("A", "B", "Z", "AA", "AB", "ZZ", "AAA");
    }
}
