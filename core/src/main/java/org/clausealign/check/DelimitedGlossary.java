package org.clausealign.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clausealign.InputException;
import org.clausealign.lang.Language;
import org.clausealign.text.Plural;

/**
 * Reads a glossary table as spreadsheets export it: tab-, comma- or semicolon-separated (French
 * Excel writes semicolons), cells quoted as RFC 4180 says (a quoted cell may hold the separator,
 * doubled quotes and line breaks), a header row naming the languages ({@code ja}, {@code en-US},
 * {@code fr_CA}), blank lines and lines starting with {@code #} skipped.
 */
final class DelimitedGlossary {
    /** One row of cells and the line it starts on, for messages. */
    private record Row(int line, List<String> cells) {}

    private DelimitedGlossary() {}

    /**
     * @param name the file name, for messages
     * @param text the decoded file
     * @return each row's term per language
     * @throws InputException if the header names no language, or a row does not fit it
     */
    static List<Map<Language, String>> read(String name, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String header = body.lines().filter(l -> !l.isBlank() && !l.stripLeading().startsWith("#")).findFirst().orElse("");
        char separator = separator(header);
        List<Row> rows = rows(name, body, separator);
        if (rows.isEmpty()) {
            throw new InputException(name, "is an empty glossary");
        }
        List<Language> columns = header(name, rows.get(0).cells());
        if (rows.size() == 1) {
            throw new InputException(name, "has a header but no terms; add one row per term under the header,"
                    + " a term per language column");
        }
        List<Map<Language, String>> terms = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            int used = row.cells().size();
            // Spreadsheets export empty cells after the last column: those are nothing.
            while (used > columns.size() && row.cells().get(used - 1).isBlank()) {
                used--;
            }
            if (used > columns.size()) {
                throw new InputException(name, "line " + row.line() + " has " + used
                        + " cells, but the header names " + Plural.count(columns.size(), "language")
                        + (separator == '\t' ? "" : " (a " + (separator == ',' ? "comma" : "semicolon")
                                + " inside a term? put the term in double quotes)"));
            }
            Map<Language, String> term = new EnumMap<>(Language.class);
            for (int c = 0; c < used; c++) {
                if (!row.cells().get(c).isBlank()) {
                    term.put(columns.get(c), row.cells().get(c).strip());
                }
            }
            if (term.size() < 2) {
                throw new InputException(name, "line " + row.line() + " gives a term in "
                        + (term.isEmpty() ? "no language" : "one language only")
                        + "; each row pairs the renderings of one term in two languages or more");
            }
            terms.add(term);
        }
        return terms;
    }

    /** The header's separator: a tab if it has one, else the more frequent of semicolon and comma. */
    private static char separator(String header) {
        if (header.indexOf('\t') >= 0) {
            return '\t';
        }
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static List<Language> header(String name, List<String> cells) {
        int used = cells.size();
        while (used > 1 && cells.get(used - 1).isBlank()) {
            used--;
        }
        List<Language> columns = new ArrayList<>();
        for (String cell : cells.subList(0, used)) {
            Language language;
            try {
                language = Glossary.language(cell);
            } catch (IllegalArgumentException e) {
                throw new InputException(name, "has a header naming '" + cell.strip()
                        + "'; the header must name the languages of the columns, e.g. ja, en, fr", e);
            }
            if (columns.contains(language)) {
                throw new InputException(name, "has a header naming " + language.code()
                        + " twice; give each language one column");
            }
            columns.add(language);
        }
        return columns;
    }

    /** Splits the text into rows of cells, RFC 4180 quoting included; blank and comment lines are skipped. */
    private static List<Row> rows(String name, String text, char separator) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else if (i == text.length()) {
                    throw new InputException(name, "line " + rowLine + " opens a quoted cell that never closes;"
                            + " close it with a double quote");
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                cell.setLength(0);
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                boolean comment = cells.get(0).stripLeading().startsWith("#");
                if (!comment && cells.stream().anyMatch(s -> !s.isBlank())) {
                    rows.add(new Row(rowLine, List.copyOf(cells)));
                }
                cells.clear();
                cell.setLength(0);
                wasQuoted = false;
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
