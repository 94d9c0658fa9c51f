package org.entente.engine.model;

import java.util.List;

/** An intergovernmental organization: the venue of soft balancing. */
public record Organization(String name, String fullName, List<String> members) {
    public Organization {
        Names.require(name, "organization name");
        members = Names.freeze(members);
    }
}
