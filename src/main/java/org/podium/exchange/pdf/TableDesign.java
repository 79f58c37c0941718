package org.podium.exchange.pdf;

import java.awt.Color;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRGroup;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignGroup;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.EvaluationTimeEnum;
import net.sf.jasperreports.engine.type.ModeEnum;
import net.sf.jasperreports.engine.type.OrientationEnum;
import net.sf.jasperreports.engine.type.TextAdjustEnum;
import net.sf.jasperreports.engine.type.VerticalTextAlignEnum;

/**
 * Builds a table report from the frame {@code reports/table.jrxml} and a {@link TableLayout}: turns the page when the
 * layout is landscape, adds the header row (parameters h0...) to the section header, the cells (fields c0...) to the
 * detail band, and sets the page-number patterns from the bundle. Every cell shrinks its font to fit rather than cut.
 */
final class TableDesign {
    private static final int HEADER_TOP = 64;
    private static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);

    private TableDesign() {
    }

    static JasperDesign build(JasperDesign frame, TableLayout layout, PdfTexts texts) throws JRException {
        if (layout.landscape()) {
            turn(frame);
        }
        if (!layout.closing()) {
            frame.setSummary(null); // an empty summary would cost a blank last page when the last sheet is full
        }
        JRDesignGroup section = (JRDesignGroup) frame.getGroupsMap().get("section");
        section.setStartNewPage(layout.pagePerSection());
        section.setResetPageNumber(layout.pagePerSection());
        JRDesignBand header = (JRDesignBand) ((JRDesignSection) section.getGroupHeaderSection()).getBands()[0];
        JRDesignBand detail = (JRDesignBand) ((JRDesignSection) frame.getDetailSection()).getBands()[0];
        header.setHeight(HEADER_TOP + layout.headerHeight());
        detail.setHeight(layout.rowHeight());

        int width = frame.getColumnWidth();
        int weights = 0;
        for (TableLayout.Column c : layout.columns()) {
            weights += c.weight();
        }
        int x = 0;
        for (int i = 0; i < layout.columns().size(); i++) {
            TableLayout.Column column = layout.columns().get(i);
            int w = i == layout.columns().size() - 1 ? width - x : Math.round((float) width * column.weight() / weights);
            JRDesignParameter p = new JRDesignParameter();
            p.setName("h" + i);
            p.setValueClass(String.class);
            frame.addParameter(p);
            JRDesignTextField h = cell(x, HEADER_TOP, w, layout.headerHeight(), "$P{h" + i + "}");
            h.setMode(ModeEnum.OPAQUE);
            h.setBackcolor(HEADER_FILL);
            h.setBold(true);
            h.setHorizontalTextAlign(net.sf.jasperreports.engine.type.HorizontalTextAlignEnum.CENTER);
            header.addElement(h);

            JRDesignField f = new JRDesignField();
            f.setName("c" + i);
            f.setValueClass(String.class);
            frame.addField(f);
            JRDesignTextField c = cell(x, 0, w, layout.rowHeight(), "$F{c" + i + "}");
            c.setHorizontalTextAlign(column.align());
            detail.addElement(c);
            x += w;
        }

        for (JRElement e : frame.getPageFooter().getElements()) {
            if ("pageNumber".equals(e.getKey())) {
                ((JRDesignTextField) e).setPattern(texts.get("pdf.table.page"));
            } else if ("pageCount".equals(e.getKey())) {
                JRDesignTextField count = (JRDesignTextField) e;
                count.setPattern(texts.get("pdf.table.pages"));
                if (!layout.pagePerSection()) {
                    count.setEvaluationTime(EvaluationTimeEnum.REPORT);
                    count.setEvaluationGroup(null);
                }
            }
        }
        return frame;
    }

    private static JRDesignTextField cell(int x, int y, int w, int h, String expression) {
        JRDesignTextField t = new JRDesignTextField();
        t.setX(x);
        t.setY(y);
        t.setWidth(w);
        t.setHeight(h);
        t.setExpression(new JRDesignExpression(expression));
        t.setBlankWhenNull(true);
        t.setTextAdjust(TextAdjustEnum.SCALE_FONT);
        t.setVerticalTextAlign(VerticalTextAlignEnum.MIDDLE);
        t.getLineBox().getPen().setLineWidth(0.6f);
        t.getLineBox().getPen().setLineColor(Color.DARK_GRAY);
        t.getLineBox().setLeftPadding(3);
        t.getLineBox().setRightPadding(3);
        return t;
    }

    /** A4 landscape: full-width elements (key "full") widen, the page numbers move right. */
    private static void turn(JasperDesign frame) {
        int portrait = frame.getColumnWidth();
        frame.setOrientation(OrientationEnum.LANDSCAPE);
        frame.setPageWidth(842);
        frame.setPageHeight(595);
        frame.setColumnWidth(842 - frame.getLeftMargin() - frame.getRightMargin());
        int delta = frame.getColumnWidth() - portrait;
        for (JRGroup g : frame.getGroups()) {
            widen(g.getGroupHeaderSection().getBands(), delta);
            widen(g.getGroupFooterSection().getBands(), delta);
        }
        widen(new JRBand[] {frame.getPageFooter(), frame.getSummary()}, delta);
    }

    private static void widen(JRBand[] bands, int delta) {
        for (JRBand band : bands) {
            if (band == null) {
                continue;
            }
            for (JRElement e : band.getElements()) {
                JRDesignElement d = (JRDesignElement) e;
                if ("full".equals(e.getKey())) {
                    d.setWidth(d.getWidth() + delta);
                } else {
                    d.setX(d.getX() + delta);
                }
            }
        }
    }
}
