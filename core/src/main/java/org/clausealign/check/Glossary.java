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
     * @throws InputException if the file cannot be read or its header names no language
     */
    public static Glossary read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot be read as a glossary (" + e.getMessage() + ")", e);
        }
        lines = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        if (lines.isEmpty()) {
            throw new InputException(file.toString(), "is an empty glossary");
        }
        String separator = lines.get(0).contains("\t") ? "\t" : ",";
        String[] header = lines.get(0).replace("\uFEFF", "").split(separator, -1);
        List<Language> columns = new ArrayList<>();
        for (String name : header) {
            try {
                columns.add(Language.of(name));
            } catch (IllegalArgumentException e) {
                throw new InputException(file.toString(), "has a header naming '" + name.strip()
                        + "'; the header must name the languages of the columns, e.g. ja, en, fr", e);
            }
        }
        List<Map<Language, String>> terms = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(separator, -1);
            Map<Language, String> row = new EnumMap<>(Language.class);
            for (int c = 0; c < Math.min(cells.length, columns.size()); c++) {
                if (!cells[c].isBlank()) {
                    row.put(columns.get(c), cells[c].strip());
                }
            }
            if (row.size() >= 2) {
                terms.add(row);
            }
        }
        return new Glossary(terms);
    }
}
