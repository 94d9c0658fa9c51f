package org.entente.engine.model;

import java.util.List;

/** An ideology; {@code opposes} is symmetric (see {@link Scenario#opposed(String, String)}). */
public record Ideology(String name, String fullName, List<String> opposes) {
    public Ideology {
        Names.require(name, "ideology name");
        opposes = Names.freeze(opposes);
    }
}
