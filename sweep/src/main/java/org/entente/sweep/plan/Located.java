package org.entente.sweep.plan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A YAML (or JSON) value with the line and column it was written at: Jackson's tree model forgets
 * positions, and every complaint about a plan names one (docs/sweep.md).
 *
 * @param value a {@code Map<String, Located>} (keys in order), a {@code List<Located>}, a String, a Number,
 *              a Boolean or null
 */
record Located(Object value, int line, int column, Map<String, Located> keys) {

    Located(Object value, int line, int column) { this(value, line, column, null); }

    /** Reads the value at the parser's current token (the parser has been advanced onto it). */
    static Located read(JsonParser parser, String file) throws IOException, PlanException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr(), column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        if (token == null) return new Located(null, 1, 1);
        switch (token) {
            case START_OBJECT -> {
                Map<String, Located> map = new LinkedHashMap<>();
                Map<String, Located> keys = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String key = parser.currentName();
                    parser.nextToken();
                    Located value = read(parser, file);
                    if (map.containsKey(key)) {
                        throw new PlanException(file, keyAt.getLineNr(), keyAt.getColumnNr(), "'" + key + "' is given twice");
                    }
                    map.put(key, new Keyed(value, keyAt.getLineNr(), keyAt.getColumnNr()).asLocated());
                    keys.put(key, new Located(key, keyAt.getLineNr(), keyAt.getColumnNr()));
                }
                return new Located(map, line, column, keys);
            }
            case START_ARRAY -> {
                List<Located> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) list.add(read(parser, file));
                return new Located(list, line, column);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> { return new Located(parser.getNumberValue(), line, column); }
            case VALUE_TRUE -> { return new Located(Boolean.TRUE, line, column); }
            case VALUE_FALSE -> { return new Located(Boolean.FALSE, line, column); }
            case VALUE_NULL -> { return new Located(null, line, column); }
            default -> { return new Located(parser.getText(), line, column); }
        }
    }

    /** A map entry's value placed at its key, so that messages about an entry point at the key. */
    private record Keyed(Located value, int keyLine, int keyColumn) {
        Located asLocated() {
            // scalars are reported at the key (the value may sit on the same line); maps and lists keep their own place
            return value.value() instanceof Map || value.value() instanceof List ? value
                    : new Located(value.value(), keyLine, keyColumn);
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Located> map() { return (Map<String, Located>) value; }

    @SuppressWarnings("unchecked")
    List<Located> list() { return (List<Located>) value; }

    boolean isMap() { return value instanceof Map; }
    boolean isList() { return value instanceof List; }
    boolean isNumber() { return value instanceof Number; }
}
