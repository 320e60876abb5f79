package org.clausealign.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clausealign.InputException;
import org.clausealign.lang.Language;

/**
 * Agreed renderings of terms: rows of a TSV or CSV file whose header names the languages
 * ({@code ja	en	fr}), one term per cell; a cell may be empty.
 *
 * @param terms each row's term per language
 */
public record Glossary(List<Map<Language, String>> terms) {
    /** Copies the rows so that the value stays immutable. */
    public Glossary {
        terms = terms.stream().map(Map::copyOf).toList();
    }

    /**
     * @param file a TSV (tab-separated) or CSV (comma-separated, no quoting) file in UTF-8
     * @return the glossary
     * @throws InputException if the file cannot be read, its header names no language, or a row
     *     has more cells than the header, a quoted cell, or fewer than two terms
     */
    public static Glossary read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(file.toString(), "no such glossary file", e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(file.toString(), "is not UTF-8 text; save the glossary as UTF-8", e);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot be read as a glossary (" + e.getMessage() + ")", e);
        }
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
                numbers.add(i + 1);
            }
        }
        if (numbers.isEmpty()) {
            throw new InputException(file.toString(), "is an empty glossary");
        }
        String head = lines.get(numbers.get(0) - 1);
        String separator = head.contains("\t") ? "\t" : ",";
        // Empty cells after the last column, as spreadsheets export them, are nothing.
        String[] header = head.replace("\uFEFF", "").strip().split(separator);
        List<Language> columns = new ArrayList<>();
        for (String name : header) {
            Language language;
            try {
                language = Language.of(name);
            } catch (IllegalArgumentException e) {
                throw new InputException(file.toString(), "has a header naming '" + name.strip()
                        + "'; the header must name the languages of the columns, e.g. ja, en, fr", e);
            }
            if (columns.contains(language)) {
                throw new InputException(file.toString(), "has a header naming " + language.code()
                        + " twice; give each language one column");
            }
            columns.add(language);
        }
        List<Map<Language, String>> terms = new ArrayList<>();
        for (int number : numbers.subList(1, numbers.size())) {
            String[] cells = lines.get(number - 1).split(separator, -1);
            int used = cells.length;
            // Spreadsheets export empty cells after the last column: those are nothing.
            while (used > columns.size() && cells[used - 1].isBlank()) {
                used--;
            }
            if (used > columns.size()) {
                throw new InputException(file.toString(), "line " + number + " has " + used
                        + " cells, but the header names " + columns.size() + " languages"
                        + (separator.equals(",") ? " (a comma inside a term? use a tab-separated file)" : ""));
            }
            Map<Language, String> row = new EnumMap<>(Language.class);
            for (int c = 0; c < used; c++) {
                if (separator.equals(",") && cells[c].contains("\"")) {
                    throw new InputException(file.toString(), "line " + number
                            + " has a quoted cell; CSV quotes are not read, save the glossary tab-separated");
                }
                if (!cells[c].isBlank()) {
                    row.put(columns.get(c), cells[c].strip());
                }
            }
            if (row.size() < 2) {
                throw new InputException(file.toString(), "line " + number + " gives a term in "
                        + (row.isEmpty() ? "no language" : "one language only")
                        + "; each row pairs the renderings of one term in two languages or more");
            }
            terms.add(row);
        }
        return new Glossary(terms);
    }
}
