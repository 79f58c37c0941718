package org.podium.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
import org.podium.domain.Role;
import org.podium.ui.common.I18n;
import org.podium.ui.judging.FieldState;
import org.podium.ui.judging.SheetState;
import org.podium.ui.timing.SaveState;

/** Every visible string comes from the bundles: both languages have the same keys, and every key used exists. */
class I18nBundlesTest {
    private static final Path I18N = Path.of("src/main/resources/org/podium/i18n");

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(I18N.resolve(file))) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages.properties").stringPropertyNames()));
    }

    @Test
    void theChineseBundleIsReadAsUtf8AndChosenForChina() {
        assertThat(I18n.forLocale(Locale.SIMPLIFIED_CHINESE).get("role.timekeeper")).isEqualTo("计时员");
        assertThat(I18n.forLocale(Locale.US).get("role.timekeeper")).isEqualTo("Timekeeper");
    }

    @Test
    void everyKeyUsedInFxmlAndCodeExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Pattern fxml = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        Pattern code = Pattern.compile("(?:i18n\\.get|label|header)\\(\"([A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".fxml") && !name.endsWith(".java")) {
                    continue;
                }
                Matcher m = (name.endsWith(".fxml") ? fxml : code).matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (Role r : Role.values()) {
            used.add("role." + r.key());
        }
        for (SaveState s : SaveState.values()) {
            used.add("timing.state." + s.name());
        }
        for (FieldState s : FieldState.values()) {
            used.add("judging.field." + s.name());
        }
        for (SheetState s : SheetState.values()) {
            used.add("judging.sheet." + s.name());
        }
        for (org.podium.service.RoundFlag.Kind k : org.podium.service.RoundFlag.Kind.values()) {
            used.add("head.flag." + k.name());
        }
        for (org.podium.domain.FactKind k : org.podium.domain.FactKind.values()) {
            used.add("head.kind." + k.key());
        }
        for (org.podium.domain.Status s : org.podium.domain.Status.values()) {
            used.add("head.status." + s.name());
        }
        for (org.podium.store.RecordingRefused.Why w : org.podium.store.RecordingRefused.Why.values()) {
            if (w != org.podium.store.RecordingRefused.Why.OTHER) {
                used.add("store.refused." + w.name());
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(keys).containsAll(used);
    }
}
