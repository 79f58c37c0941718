package org.podium.exchange.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.podium.domain.Status;

/** The printed words come from the bundles: every pdf.* key used exists in both languages, and none is left unused. */
class PdfBundleKeysTest {
    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/org/podium/i18n", file)),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Set<String> out = new TreeSet<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("pdf.")) {
                out.add(k);
            }
        }
        return out;
    }

    private static Set<String> used() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(pdf\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        Pattern resource = Pattern.compile("\\$R\\{(pdf\\.[A-Za-z0-9_.]+)}");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".java") && !name.endsWith(".jrxml")) {
                    continue;
                }
                Matcher m = (name.endsWith(".java") ? literal : resource).matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (Status s : Status.values()) {
            if (s != Status.OK) {
                used.add("pdf.status." + s.name());
            }
        }
        for (Source s : Source.values()) {
            used.add("pdf.source." + s.name().toLowerCase(Locale.ROOT));
        }
        return used;
    }

    @Test
    void everyKeyUsedExistsInBothLanguagesAndEveryKeyIsUsed() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> used = used();

        assertThat(keys("messages_zh_CN.properties")).isEqualTo(english);
        assertThat(used).hasSizeGreaterThan(60);
        assertThat(english).containsAll(used);
        assertThat(used).containsAll(english);
    }

    @Test
    void chineseIsChosenForChinaAndEnglishOtherwise() {
        assertThat(new PdfTexts(Locale.SIMPLIFIED_CHINESE).get("pdf.certificate.heading")).isEqualTo("荣誉证书");
        assertThat(new PdfTexts(Locale.CHINA).get("pdf.certificate.heading")).isEqualTo("荣誉证书");
        assertThat(new PdfTexts(Locale.ENGLISH).get("pdf.certificate.heading")).isEqualTo("Certificate of Honour");
        assertThat(new PdfTexts(Locale.GERMAN).get("pdf.certificate.heading")).isEqualTo("Certificate of Honour");
    }

    @Test
    void aCertificateDateIsWrittenInChineseNumerals() {
        PdfTexts zh = new PdfTexts(Locale.SIMPLIFIED_CHINESE);
        assertThat(DateText.certificate(java.time.LocalDate.of(2020, 7, 20), zh)).isEqualTo("二〇二〇年七月二十日");
        assertThat(DateText.certificate(java.time.LocalDate.of(2021, 10, 26), zh)).isEqualTo("二〇二一年十月二十六日");
        assertThat(DateText.certificate(java.time.LocalDate.of(2022, 12, 1), zh)).isEqualTo("二〇二二年十二月一日");
        assertThat(DateText.certificate(java.time.LocalDate.of(2023, 1, 31), zh)).isEqualTo("二〇二三年一月三十一日");
        assertThat(DateText.certificate(java.time.LocalDate.of(2020, 7, 20), new PdfTexts(Locale.ENGLISH))).isEqualTo("20 July 2020");
    }
}
