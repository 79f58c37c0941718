package org.podium.exchange.pdf;

/** Where a printed text comes from, to name it in a problem (bundle key {@code pdf.source.<key>}). */
public enum Source {
    CONTEST("contest"), ORGANISER("organiser"), VENUE("venue"), EVENT("event"), ROUND("round"), CRITERION("criterion"),
    PENALTY("penalty"), AWARD("award"), TITLE("title"), NAME("name"), UNIT("unit"), TEAM("team"), BIB("bib"), HEAT("heat"),
    OFFICIAL("official"), TEMPLATE("template");

    private final String key;

    Source(String key) {
        this.key = key;
    }

    String label(PdfTexts texts) {
        return texts.get("pdf.source." + key);
    }
}
