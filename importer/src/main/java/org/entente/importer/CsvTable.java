package org.entente.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 CSV reader (comma separator, optional double quotes with {@code ""} escapes,
 * LF or CRLF line ends, optional UTF-8 BOM) that keeps the line number of every record, so that
 * errors can name file, column and line. Public for the history tables ({@code org.entente.importer.history});
 * not meant for other use.
 */
public final class CsvTable {

    /** One record: its cells and the 1-based line number where it starts (the header is line 1). */
    public record Row(int line, String[] cells) {
    }

    private final String fileName;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    private CsvTable(String fileName, Map<String, Integer> columns, List<Row> rows) {
        this.fileName = fileName;
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads {@code dir/fileName}; a missing file or header is an {@link ImportException} naming it. */
    public static CsvTable read(Path dir, String fileName, String... requiredColumns) throws ImportException {
        Path file = dir.resolve(fileName);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ImportException("Missing table " + fileName + " in data folder " + dir);
        } catch (IOException e) {
            throw new ImportException("Cannot read table " + file + ": " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> records = parse(fileName, text);
        if (records.isEmpty()) {
            throw new ImportException(fileName + ": the table is empty (no header line)");
        }
        Row header = records.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().length; i++) {
            columns.putIfAbsent(header.cells()[i].trim().toLowerCase(java.util.Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>();
        for (String c : requiredColumns) {
            if (!columns.containsKey(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportException(fileName + ":1: missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing));
        }
        return new CsvTable(fileName, columns, records.subList(1, records.size()));
    }

    private static List<Row> parse(String fileName, String text) throws ImportException {
        List<Row> out = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean inQuotes = false;
        boolean quotedCell = false;
        boolean recordHasContent = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (cell.length() == 0 && !quotedCell) {
                        inQuotes = true;
                        quotedCell = true;
                        recordHasContent = true;
                    } else {
                        throw new ImportException(fileName + ":" + line + ": stray double quote inside a cell");
                    }
                }
                case ',' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    quotedCell = false;
                    recordHasContent = true;
                }
                case '\r' -> {
                    // ignored: CRLF line ends
                }
                case '\n' -> {
                    if (recordHasContent || cell.length() > 0) {
                        cells.add(cell.toString());
                        out.add(new Row(recordLine, cells.toArray(String[]::new)));
                    }
                    cells.clear();
                    cell.setLength(0);
                    quotedCell = false;
                    recordHasContent = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    cell.append(c);
                    recordHasContent = true;
                }
            }
        }
        if (inQuotes) {
            throw new ImportException(fileName + ":" + recordLine + ": unterminated quoted cell");
        }
        if (recordHasContent || cell.length() > 0) {
            cells.add(cell.toString());
            out.add(new Row(recordLine, cells.toArray(String[]::new)));
        }
        return out;
    }

    public String fileName() {
        return fileName;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    /** The trimmed cell, or "" when the row is shorter than the header. */
    public String text(Row row, String column) {
        Integer i = columns.get(column);
        if (i == null) {
            throw new IllegalStateException("column not declared as required: " + column);
        }
        return i < row.cells().length ? row.cells()[i].trim() : "";
    }

    /** A required integer: an empty or non-integer cell is an error naming file, column and line. */
    public int integer(Row row, String column) throws ImportException {
        String s = text(row, column);
        if (s.isEmpty()) {
            throw error(row, column, "empty cell where an integer is required");
        }
        return parseInt(row, column, s);
    }

    /** An optional integer: an empty cell gives {@code dflt}; anything else must be an integer. */
    public int integerOr(Row row, String column, int dflt) throws ImportException {
        String s = text(row, column);
        return s.isEmpty() ? dflt : parseInt(row, column, s);
    }

    /** An optional number: {@code null} for an empty cell; anything else must be a number. */
    public BigDecimal decimalOrNull(Row row, String column) throws ImportException {
        String s = text(row, column);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw error(row, column, "'" + s + "' is not a number");
        }
    }

    private int parseInt(Row row, String column, String s) throws ImportException {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            // tolerate integral decimals such as "1914.0"
            try {
                BigDecimal d = new BigDecimal(s);
                return d.intValueExact();
            } catch (NumberFormatException | ArithmeticException e2) {
                throw error(row, column, "'" + s + "' is not an integer");
            }
        }
    }

    public ImportException error(Row row, String column, String problem) {
        return new ImportException(fileName + ":" + row.line() + ": column " + column + ": " + problem);
    }
}
