package org.entente.sweep.plan;

import java.io.Serializable;

/** One varied parameter of a plan, with the line it was declared on. */
public record Parameter(Target target, Values values, int line, int column) implements Serializable {
    public String key() { return target.key(); }
}
