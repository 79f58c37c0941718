package org.podium.exchange.pdf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as printed: on a Chinese certificate in Chinese numerals (二〇二〇年七月二十日), elsewhere by the bundle's pattern. */
final class DateText {
    private static final String DIGITS = "〇一二三四五六七八九";

    private DateText() {
    }

    /** The date of a certificate; "" when the contest has no date. */
    static String certificate(LocalDate date, PdfTexts texts) {
        if (date == null) {
            return "";
        }
        if (!texts.chinese()) {
            return plain(date, texts);
        }
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(date.getYear()).toCharArray()) {
            b.append(DIGITS.charAt(c - '0'));
        }
        return b.append('年').append(number(date.getMonthValue())).append('月').append(number(date.getDayOfMonth()))
                .append('日').toString();
    }

    /** The date by the bundle's pattern (2020年7月20日, 20 July 2020); "" when there is none. */
    static String plain(LocalDate date, PdfTexts texts) {
        return date == null ? "" : DateTimeFormatter.ofPattern(texts.get("pdf.date.pattern"), texts.locale()).format(date);
    }

    /** 1 to 31 in Chinese number words: 七, 十, 十一, 二十, 三十一. */
    static String number(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }
}
