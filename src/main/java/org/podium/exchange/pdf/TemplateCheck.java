package org.podium.exchange.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.podium.domain.Shown;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a contest's report template (a JasperReports 7 {@code .jrxml}) before JasperReports sees it, so that a contest
 * folder mailed between organisers runs no code on the machine that prints its certificates (issue 12, contest-files.md
 * "Trust"). JasperReports compiles every expression of a template as Java; a template is therefore read here first, as
 * plain XML without any DTD or entity, and held to whitelists:
 *
 * <ul>
 *   <li>only the elements a certificate needs ({@link #ATTRIBUTES}), each with only its own attributes: no scriptlet,
 *       import, query, subreport, chart, component, dataset, style template, hyperlink, resource bundle, format
 *       factory, incrementer or compiler property; {@code language} is Java;</li>
 *   <li>fields, parameters and variables of plain value types only ({@link #TYPES}); names of letters, digits and
 *       {@code _};</li>
 *   <li>every expression ({@code <expression>}, {@code printWhenExpression}, default and initial values, filter,
 *       pattern and condition expressions) made of nothing but field, parameter, variable and resource references
 *       ({@code $F{name}}, {@code $P{name}}, {@code $V{name}}, {@code $R{key}}), string literals without escapes that
 *       Java would read differently ({@code \\u}) and without {@code $}, whole or decimal numbers, {@code +} and
 *       parentheses: a method call, {@code new}, a class name, {@code ?:}, a comment are refused;</li>
 *   <li>an image names a PNG or JPEG file beside the template by a plain file name, nothing else.</li>
 * </ul>
 *
 * <p>Every problem is found, each with the template's line, and nothing is compiled, filled or written when there is
 * one. Podium's own templates pass the same check (a test runs it on each).
 */
final class TemplateCheck {
    /** What is wrong, as a bundle key ({@code pdf.problem.*}) with its arguments after the file. */
    record Finding(int line, String key, List<String> args) {
    }

    /** What the check found: problems, and the image files the template names (relative to its folder). */
    record Result(List<Finding> findings, List<String> images) {
    }

    /** Value types a field, parameter or variable may have: none of them runs anything when loaded. */
    static final Set<String> TYPES = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Double",
            "java.lang.Number", "java.math.BigDecimal", "java.lang.Boolean", "java.lang.Object", "java.util.Date");

    /** Element kinds a template may print. */
    static final List<String> KINDS = List.of("staticText", "textField", "image", "line", "rectangle", "ellipse", "frame",
            "break");

    private static final Set<String> STYLE = Set.of("mode", "forecolor", "backcolor", "fill", "radius", "scaleImage",
            "hTextAlign", "vTextAlign", "hImageAlign", "vImageAlign", "rotation", "markup", "pattern", "blankWhenNull",
            "fontName", "fontSize", "bold", "italic", "underline", "strikeThrough", "style");
    private static final Set<String> PEN = Set.of("lineWidth", "lineStyle", "lineColor");
    private static final Set<String> BAND = Set.of("height", "splitType");
    private static final Set<String> NONE = Set.of();

    /** The elements a contest template may hold, each with the attributes it may have ({@code uuid} on any). */
    static final Map<String, Set<String>> ATTRIBUTES = Map.ofEntries(
            Map.entry("jasperReport", Set.of("name", "language", "columnCount", "printOrder", "columnDirection",
                    "pageWidth", "pageHeight", "orientation", "whenNoDataType", "sectionType", "columnWidth",
                    "columnSpacing", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "titleNewPage",
                    "summaryNewPage", "summaryWithPageHeaderAndFooter", "floatColumnFooter", "whenResourceMissingType",
                    "ignorePagination")),
            Map.entry("property", Set.of("name", "value")),
            Map.entry("style", union(STYLE, Set.of("name", "default"))),
            Map.entry("conditionalStyle", STYLE),
            Map.entry("pen", PEN), Map.entry("topPen", PEN), Map.entry("leftPen", PEN), Map.entry("bottomPen", PEN),
            Map.entry("rightPen", PEN),
            Map.entry("box", Set.of("padding", "topPadding", "leftPadding", "bottomPadding", "rightPadding")),
            Map.entry("paragraph", Set.of("lineSpacing", "lineSpacingSize", "firstLineIndent", "leftIndent",
                    "rightIndent", "spacingBefore", "spacingAfter", "tabStopWidth")),
            Map.entry("tabStop", Set.of("position", "alignment")),
            Map.entry("parameter", Set.of("name", "class", "forPrompting", "evaluationTime")),
            Map.entry("field", Set.of("name", "class")),
            Map.entry("sortField", Set.of("name", "order", "type")),
            Map.entry("variable", Set.of("name", "class", "calculation", "resetType", "resetGroup", "incrementType",
                    "incrementGroup")),
            Map.entry("group", Set.of("name", "reprintHeaderOnEachPage", "keepTogether", "startNewColumn",
                    "startNewPage", "resetPageNumber", "minHeightToStartNewPage", "minDetailsToStartFromTop",
                    "footerPosition", "preventOrphanFooter")),
            Map.entry("groupHeader", NONE), Map.entry("groupFooter", NONE), Map.entry("detail", NONE),
            Map.entry("background", BAND), Map.entry("title", BAND), Map.entry("pageHeader", BAND),
            Map.entry("columnHeader", BAND), Map.entry("columnFooter", BAND), Map.entry("pageFooter", BAND),
            Map.entry("lastPageFooter", BAND), Map.entry("summary", BAND), Map.entry("noData", BAND),
            Map.entry("band", BAND),
            Map.entry("element", union(STYLE, Set.of("kind", "key", "x", "y", "width", "height", "positionType",
                    "stretchType", "printRepeatedValues", "removeLineWhenBlank", "printInFirstWholeBand",
                    "printWhenDetailOverflows", "printWhenGroupChanges", "textAdjust", "evaluationTime",
                    "evaluationGroup", "direction", "type", "borderSplitType", "onErrorType", "usingCache"))),
            Map.entry("text", NONE), Map.entry("description", NONE),
            Map.entry("expression", NONE), Map.entry("printWhenExpression", NONE),
            Map.entry("defaultValueExpression", NONE), Map.entry("initialValueExpression", NONE),
            Map.entry("filterExpression", NONE), Map.entry("patternExpression", NONE),
            Map.entry("conditionExpression", NONE));

    /** Elements whose text is an expression JasperReports compiles. */
    private static final Set<String> EXPRESSIONS = Set.of("expression", "printWhenExpression", "defaultValueExpression",
            "initialValueExpression", "filterExpression", "patternExpression", "conditionExpression");

    /** Elements whose text is printed or kept as it is, never compiled. */
    private static final Set<String> TEXTS = Set.of("text", "description");

    /** Names JasperReports turns into Java identifiers: fields, parameters, variables, groups. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");
    private static final Pattern STYLE_NAME = Pattern.compile("[\\p{L}\\p{N}_ .-]{1,100}");
    private static final Pattern REPORT_NAME = Pattern.compile("[\\p{L}\\p{N}_ -]{1,100}");
    private static final Pattern RESOURCE_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,200}");
    /** An image beside the template: a plain file name (no folder, no URL), PNG or JPEG. */
    static final Pattern IMAGE_FILE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}\\.(?i:png|jpe?g)");
    /** Properties a template may carry: Jaspersoft Studio's own, which JasperReports ignores when printing. */
    private static final String STUDIO_PROPERTIES = "com.jaspersoft.studio.";
    private static final int MAX_DEPTH = 32;

    private TemplateCheck() {
    }

    /** Checks the template's bytes; {@link Result#findings()} is empty when JasperReports may load it. */
    static Result check(byte[] xml) {
        Handler handler = new Handler();
        try {
            parser().parse(new ByteArrayInputStream(xml), handler);
        } catch (SAXParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            String key = message.contains("DOCTYPE") ? "pdf.problem.templateDoctype" : "pdf.problem.templateXml";
            handler.findings.add(new Finding(Math.max(0, e.getLineNumber()), key, List.of(cut(oneLine(message)))));
        } catch (SAXException | IOException e) {
            handler.findings.add(new Finding(0, "pdf.problem.templateXml", List.of(cut(oneLine(String.valueOf(e.getMessage()))))));
        }
        return new Result(List.copyOf(handler.findings), List.copyOf(handler.images));
    }

    /** An XML parser that reads no DTD, resolves no entity and includes nothing (no XXE). */
    private static SAXParser parser() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(false);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured safely", e);
        }
    }

    private static final class Handler extends DefaultHandler {
        final List<Finding> findings = new ArrayList<>();
        final List<String> images = new ArrayList<>();
        private Locator locator;
        private final List<String> open = new ArrayList<>();
        /** The element kind of each open element (null for any other element). */
        private final List<String> kinds = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int textLine;
        private boolean refusedSubtree;
        private int refusedDepth;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        private int line() {
            return locator == null ? 0 : locator.getLineNumber();
        }

        private void add(String key, String... args) {
            findings.add(new Finding(line(), key, List.of(args)));
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes) {
            if (refusedSubtree) {
                refusedDepth++;
                return;
            }
            if (open.isEmpty() && !"jasperReport".equals(name)) {
                add("pdf.problem.templateRoot", cut(name));
                refuse();
                return;
            }
            Set<String> allowed = ATTRIBUTES.get(name);
            String parent = open.isEmpty() ? null : open.get(open.size() - 1);
            if (allowed == null || parent != null && (EXPRESSIONS.contains(parent) || TEXTS.contains(parent))) {
                add("pdf.problem.templateElement", cut(name));
                refuse();
                return;
            }
            if (parent != null && !text.toString().isBlank()) {
                add("pdf.problem.templateContent", parent);
            }
            String kind = null;
            for (int i = 0; i < attributes.getLength(); i++) {
                String attribute = attributes.getQName(i);
                String value = attributes.getValue(i);
                if (!allowed.contains(attribute) && !"uuid".equals(attribute)) {
                    add("pdf.problem.templateAttribute", cut(attribute), cut(value), name);
                    continue;
                }
                if ("kind".equals(attribute)) {
                    kind = value;
                }
                value(name, attribute, value);
            }
            if ("element".equals(name) && kind == null) {
                add("pdf.problem.templateKind", "", String.join(", ", KINDS));
            }
            if (open.size() > MAX_DEPTH) {
                add("pdf.problem.templateElement", cut(name));
                refuse();
                return;
            }
            open.add(name);
            kinds.add(kind);
            text.setLength(0);
            textLine = line();
        }

        /** Refuses the element just started and everything inside it (one problem is enough). */
        private void refuse() {
            refusedSubtree = true;
            refusedDepth = 1;
        }

        /** The value rules: a Java language, plain types, plain names, Studio's properties only, plain text markup. */
        private void value(String element, String attribute, String value) {
            switch (attribute) {
                case "language" -> {
                    if (!"java".equalsIgnoreCase(value.strip())) {
                        add("pdf.problem.templateLanguage", cut(value));
                    }
                }
                case "class" -> {
                    if (!TYPES.contains(value.strip())) {
                        add("pdf.problem.templateClass", cut(value), element, String.join(", ", TYPES.stream().sorted().toList()));
                    }
                }
                case "kind" -> {
                    if (!KINDS.contains(value)) {
                        add("pdf.problem.templateKind", cut(value), String.join(", ", KINDS));
                    }
                }
                case "markup" -> {
                    if (!"none".equals(value)) {
                        add("pdf.problem.templateMarkup", cut(value));
                    }
                }
                case "name" -> {
                    Pattern p = switch (element) {
                        case "jasperReport" -> REPORT_NAME;
                        case "style" -> STYLE_NAME;
                        case "property" -> null;
                        default -> IDENTIFIER;
                    };
                    if (p == null && !value.startsWith(STUDIO_PROPERTIES)) {
                        add("pdf.problem.templateProperty", cut(value));
                    } else if (p != null && !p.matcher(value).matches()) {
                        add("pdf.problem.templateName", cut(value), element);
                    }
                }
                case "style" -> {
                    if (!STYLE_NAME.matcher(value).matches()) {
                        add("pdf.problem.templateName", cut(value), element);
                    }
                }
                case "resetGroup", "incrementGroup", "evaluationGroup" -> {
                    if (!IDENTIFIER.matcher(value).matches()) {
                        add("pdf.problem.templateName", cut(value), element);
                    }
                }
                default -> {
                    // layout, colours, fonts, sizes and enumerations: JasperReports checks their values when loading
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!refusedSubtree) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String name) {
            if (refusedSubtree) {
                if (--refusedDepth == 0) {
                    refusedSubtree = false;
                    text.setLength(0);
                }
                return;
            }
            String element = open.remove(open.size() - 1);
            kinds.remove(kinds.size() - 1);
            String body = text.toString();
            text.setLength(0);
            if (EXPRESSIONS.contains(element)) {
                String parentKind = kinds.isEmpty() ? null : kinds.get(kinds.size() - 1);
                if ("expression".equals(element) && "image".equals(parentKind)) {
                    image(body);
                } else {
                    expression(body);
                }
            } else if (!TEXTS.contains(element) && !body.isBlank()) {
                findings.add(new Finding(textLine, "pdf.problem.templateContent", List.of(element)));
            }
        }

        private void expression(String body) {
            ExpressionCheck.Refusal r = ExpressionCheck.check(body);
            if (r != null) {
                findings.add(new Finding(textLine + newlines(body, r.at()), "pdf.problem.templateExpression",
                        List.of(cut(oneLine(body)), cut(r.token()))));
            }
        }

        /** An image's expression: one string literal naming a PNG or JPEG file beside the template. */
        private void image(String body) {
            String s = body.strip();
            String name = s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : null;
            if (name == null || !IMAGE_FILE.matcher(name).matches()) {
                findings.add(new Finding(textLine + newlines(body, body.length() - body.stripLeading().length()),
                        "pdf.problem.templateImage", List.of(cut(oneLine(body)))));
                return;
            }
            images.add(name);
        }
    }

    private static int newlines(String text, int upTo) {
        int n = 0;
        for (int i = 0; i < Math.min(upTo, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The text on one line, spaces collapsed. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** A value for a message: at most 80 characters, the rest replaced by an ellipsis. */
    static String cut(String value) {
        return Shown.value(value);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.HashSet<String> all = new java.util.HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }

    /**
     * The expression grammar: {@code expr := term ('+' term)*}, {@code term := reference | string | number | '(' expr
     * ')'}. Whitespace (space, tab, line breaks) may stand between tokens; an empty expression is allowed (it prints
     * nothing).
     */
    static final class ExpressionCheck {
        /** The offending token and where it starts in the expression. */
        record Refusal(String token, int at) {
        }

        private final String s;
        private int i;

        private ExpressionCheck(String s) {
            this.s = s;
        }

        /** Null when the expression holds only what is allowed, else the first token that is not. */
        static Refusal check(String expression) {
            ExpressionCheck c = new ExpressionCheck(expression);
            c.skipSpace();
            if (c.i == expression.length()) {
                return null;
            }
            Refusal r = c.expression(0);
            if (r == null) {
                c.skipSpace();
                if (c.i < expression.length()) {
                    r = c.unexpected();
                }
            }
            return r;
        }

        private Refusal expression(int depth) {
            Refusal r = term(depth);
            if (r != null) {
                return r;
            }
            while (true) {
                skipSpace();
                if (i < s.length() && s.charAt(i) == '+') {
                    i++;
                    skipSpace();
                    r = term(depth);
                    if (r != null) {
                        return r;
                    }
                } else {
                    return null;
                }
            }
        }

        private Refusal term(int depth) {
            if (i >= s.length()) {
                return new Refusal("+", Math.max(0, s.length() - 1));
            }
            char c = s.charAt(i);
            if (c == '(') {
                if (depth >= MAX_DEPTH) {
                    return new Refusal("(", i);
                }
                int open = i++;
                skipSpace();
                Refusal r = expression(depth + 1);
                if (r != null) {
                    return r;
                }
                skipSpace();
                if (i < s.length() && s.charAt(i) == ')') {
                    i++;
                    return null;
                }
                return i < s.length() ? unexpected() : new Refusal("(", open);
            }
            if (c == '"') {
                return string();
            }
            if (c >= '0' && c <= '9') {
                return number();
            }
            if (c == '$') {
                return reference();
            }
            return unexpected();
        }

        private Refusal reference() {
            int start = i;
            if (i + 2 < s.length() && "FPVR".indexOf(s.charAt(i + 1)) >= 0 && s.charAt(i + 2) == '{') {
                int close = s.indexOf('}', i + 3);
                if (close > 0) {
                    String name = s.substring(i + 3, close);
                    Pattern p = s.charAt(i + 1) == 'R' ? RESOURCE_KEY : IDENTIFIER;
                    if (p.matcher(name).matches()) {
                        i = close + 1;
                        return null;
                    }
                }
            }
            int end = start + 1;
            while (end < s.length() && end < start + 40 && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '}') {
                end++;
            }
            return new Refusal(s.substring(start, Math.min(s.length(), end < s.length() && s.charAt(end) == '}' ? end + 1 : end)),
                    start);
        }

        /** A Java string literal with the plain escapes; no line break, no {@code $}, no {@code \\u} (read before Java's lexer). */
        private Refusal string() {
            int start = i++;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '"') {
                    i++;
                    return null;
                }
                if (c == '\n' || c == '\r') {
                    break;
                }
                if (c == '$') {
                    return new Refusal("$", i);
                }
                if (c == '\\') {
                    char e = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
                    if ("btnfr\"'\\".indexOf(e) >= 0) {
                        i += 2;
                        continue;
                    }
                    if (e >= '0' && e <= '7') {
                        i += 2;
                        continue;
                    }
                    return new Refusal("\\" + e, i);
                }
                i++;
            }
            return new Refusal("\"", start);
        }

        private Refusal number() {
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                i++;
            }
            if (i + 1 < s.length() && s.charAt(i) == '.' && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9') {
                i++;
                while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
            }
            if (i < s.length() && (Character.isJavaIdentifierPart(s.charAt(i)) || s.charAt(i) == '.')) {
                i = start;
                return unexpected();
            }
            return null;
        }

        /** The word (a name, a number with what follows it) or the single character at the position. */
        private Refusal unexpected() {
            int start = i;
            int end = i;
            if (Character.isJavaIdentifierPart(s.charAt(i))) {
                while (end < s.length() && Character.isJavaIdentifierPart(s.charAt(end))) {
                    end++;
                }
            } else {
                end = s.offsetByCodePoints(i, 1);
            }
            return new Refusal(s.substring(start, end), start);
        }

        private void skipSpace() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
        }
    }
}
