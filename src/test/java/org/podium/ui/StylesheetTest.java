package org.podium.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stylesheet parses whole: JavaFX skips, without a word, every rule after a broken one (an unclosed block once
 * left the whole judge station unstyled), so each block in the file must come out as one rule.
 */
class StylesheetTest {
    @ParameterizedTest
    @ValueSource(strings = {"podium.css", "board.css"})
    void everyBlockOfTheStylesheetIsARuleAndNothingFailsToParse(String file) throws Exception {
        URL css = StylesheetTest.class.getResource("/org/podium/ui/css/" + file);
        String text;
        try (var in = css.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(css);
        long blocks = text.chars().filter(c -> c == '{').count();
        assertThat(text.chars().filter(c -> c == '}').count()).isEqualTo(blocks);
        assertThat(sheet.getRules()).hasSize((int) blocks);
        assertThat(CssParser.errorsProperty()).isEmpty();
    }
}
