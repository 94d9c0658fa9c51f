package org.entente.engine.model;

import java.util.ArrayList;
import java.util.List;

/** Fluent properties of an intergovernmental organization. */
public final class OrganizationBuilder {
    private final String name;
    private String fullName;
    private final List<String> members = new ArrayList<>();

    OrganizationBuilder(String name) { this.name = Names.require(name, "organization name"); }

    public OrganizationBuilder fullName(String v) { this.fullName = v; return this; }
    public OrganizationBuilder members(String... states) {
        for (String s : Names.list(states)) if (!members.contains(s)) members.add(s);
        return this;
    }

    Organization build() { return new Organization(name, fullName, members); }
}
