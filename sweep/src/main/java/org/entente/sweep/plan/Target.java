package org.entente.sweep.plan;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one parameter of a plan varies: a setting, a property of a declared state, or a treaty's
 * reliability (docs/sweep.md, "Parameters"). Each property has the range the language accepts.
 *
 * @param key  the parameter as written: {@code settings.threatFloor}, {@code state.Germany.military},
 *             {@code treaty.DualAlliance.reliability}
 * @param name the state or treaty, or null for a setting
 */
public record Target(String key, Kind kind, String name, Property property) implements Serializable {

    public enum Kind { SETTING, STATE, TREATY }

    /** Every property a plan can vary, with its kind, its name in the plan and its allowed values. */
    public enum Property {
        POWER_WEIGHT(Kind.SETTING, "weights.power", 0, Double.POSITIVE_INFINITY, false),
        PROXIMITY_WEIGHT(Kind.SETTING, "weights.proximity", 0, Double.POSITIVE_INFINITY, false),
        OFFENSIVE_WEIGHT(Kind.SETTING, "weights.offensive", 0, Double.POSITIVE_INFINITY, false),
        INTENT_WEIGHT(Kind.SETTING, "weights.intent", 0, Double.POSITIVE_INFINITY, false),
        THREAT_FLOOR(Kind.SETTING, "threatFloor", 0, 1, false),
        GREAT_POWER(Kind.SETTING, "greatPower", 0, 1, false),
        ARMS_GROWTH(Kind.SETTING, "armsGrowth", 0, Double.POSITIVE_INFINITY, false),
        LAPSE_AFTER(Kind.SETTING, "lapseAfter", 0, Double.POSITIVE_INFINITY, true),
        POLE_SHARE(Kind.SETTING, "poleShare", 0, 1, false),
        MILITARY(Kind.STATE, "military", 0, Double.POSITIVE_INFINITY, false),
        ECONOMY(Kind.STATE, "economy", 0, Double.POSITIVE_INFINITY, false),
        POPULATION(Kind.STATE, "population", 0, Double.POSITIVE_INFINITY, false),
        OFFENSIVE(Kind.STATE, "offensive", 0, 1, false),
        INTENT(Kind.STATE, "intent", 0, 1, false),
        STABILITY(Kind.STATE, "stability", 0, 1, false),
        DOCTRINE(Kind.STATE, "doctrine", 0, 1, false),
        RELIABILITY(Kind.TREATY, "reliability", 0, 1, false);

        public final Kind kind;
        public final String word;
        public final double min, max;
        public final boolean integer;

        Property(Kind kind, String word, double min, double max, boolean integer) {
            this.kind = kind;
            this.word = word;
            this.min = min;
            this.max = max;
            this.integer = integer;
        }

        public boolean allows(double v) {
            return v >= min && v <= max && !Double.isNaN(v) && (!integer || v == Math.rint(v));
        }

        /** "0..1", "at least 0", "a whole number of at least 0". */
        public String range() {
            String r = max == Double.POSITIVE_INFINITY ? "at least " + fmt(min) : fmt(min) + ".." + fmt(max);
            return integer ? "a whole number " + r : r;
        }

        private static String fmt(double v) { return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v); }
    }

    /** The properties of one kind by their plan word, sorted (for messages). */
    static Map<String, Property> of(Kind kind) {
        Map<String, Property> out = new TreeMap<>();
        for (Property p : Property.values()) if (p.kind == kind) out.put(p.word, p);
        return out;
    }

    /** Parses a parameter key; the message of the exception says what is wrong with it. */
    static Target parse(String key) throws IllegalArgumentException {
        String[] parts = key.split("\\.", -1);
        String head = parts[0].toLowerCase(Locale.ROOT);
        switch (head) {
            case "settings" -> {
                String word = key.substring(head.length() + (parts.length > 1 ? 1 : 0));
                Property p = of(Kind.SETTING).get(word);
                if (p == null) throw new IllegalArgumentException("unknown setting '" + word + "' in parameter '" + key
                        + "'; settings are " + String.join(", ", of(Kind.SETTING).keySet()));
                return new Target(key, Kind.SETTING, null, p);
            }
            case "state", "treaty" -> {
                Kind kind = head.equals("state") ? Kind.STATE : Kind.TREATY;
                if (parts.length != 3 || parts[1].isEmpty()) {
                    throw new IllegalArgumentException("parameter '" + key + "' should read " + head + ".NAME.PROPERTY");
                }
                Property p = of(kind).get(parts[2]);
                if (p == null) throw new IllegalArgumentException("unknown " + head + " property '" + parts[2] + "' in parameter '"
                        + key + "'; " + head + " properties are " + String.join(", ", of(kind).keySet()));
                return new Target(key, kind, parts[1], p);
            }
            default -> throw new IllegalArgumentException("unknown parameter '" + key
                    + "'; parameters start with settings., state. or treaty. (docs/sweep.md)");
        }
    }

    static List<String> kinds() { return List.of("settings", "state", "treaty"); }
}
