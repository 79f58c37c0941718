package org.podium.exchange.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A written PDF read back with PDFBox: its pages' text, sizes and fonts. */
record PdfFile(List<String> pages, List<PDRectangle> mediaBoxes, List<Integer> rotations, List<PDFont> fonts) {
    static PdfFile read(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            List<String> pages = new ArrayList<>();
            List<PDRectangle> boxes = new ArrayList<>();
            List<Integer> rotations = new ArrayList<>();
            List<PDFont> fonts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
                PDPage page = doc.getPage(i - 1);
                boxes.add(page.getMediaBox());
                rotations.add(page.getRotation());
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            return new PdfFile(pages, boxes, rotations, fonts);
        }
    }

    String text() {
        return String.join("\n", pages);
    }

    int pageCount() {
        return pages.size();
    }

    /** Whether page i (0-based) is A4 and shown landscape: a portrait MediaBox turned 90°, or a landscape one. */
    boolean a4Landscape(int i) {
        PDRectangle box = mediaBoxes.get(i);
        float w = box.getWidth();
        float h = box.getHeight();
        boolean turned = rotations.get(i) % 180 != 0;
        float shownWidth = turned ? h : w;
        float shownHeight = turned ? w : h;
        return Math.abs(shownWidth - 842) < 1 && Math.abs(shownHeight - 595) < 1;
    }
}
