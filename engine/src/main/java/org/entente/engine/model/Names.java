package org.entente.engine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Argument checks shared by the builders: never a NullPointerException, always a clear message. */
final class Names {
    private Names() {}

    static String require(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " must be a non-empty name");
        }
        return name;
    }

    /** Copies names, dropping nulls and duplicates, keeping declaration order. */
    static List<String> list(String... names) {
        List<String> out = new ArrayList<>();
        if (names == null) return out;
        for (String n : names) {
            if (n != null && !n.isBlank() && !out.contains(n)) out.add(n);
        }
        return out;
    }

    static List<String> freeze(List<String> names) {
        return names == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(names));
    }
}
