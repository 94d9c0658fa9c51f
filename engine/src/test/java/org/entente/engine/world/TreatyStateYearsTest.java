package org.entente.engine.world;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.entente.engine.model.Treaty;
import org.entente.engine.model.TreatyKind;

/** The unboxed years and durability a treaty's state keeps for the calendar and the lapse rule are its definition's. */
class TreatyStateYearsTest {

    @Property(tries = 300)
    void keptYearsAreTheDefinitions(@ForAll @IntRange(min = -3000, max = 3000) int signed, @ForAll @IntRange(min = -3000, max = 3000) int expires,
                                    @ForAll boolean withSigned, @ForAll boolean withExpiry, @ForAll boolean durable) {
        Treaty def = Treaty.of("T", TreatyKind.ALLIANCE, b -> {
            b.members("A", "B").durable(durable);
            if (withSigned) b.signed(signed);
            if (withExpiry) b.expires(expires);
        });
        TreatyState t = new TreatyState(def, 0);
        assertThat(t.hasSigned).isEqualTo(def.signed() != null);
        if (t.hasSigned) assertThat(t.signedYear).isEqualTo(def.signed());
        assertThat(t.hasExpiry).isEqualTo(def.expires() != null);
        if (t.hasExpiry) assertThat(t.expiryYear).isEqualTo(def.expires());
        assertThat(t.durable).isEqualTo(def.durable());
    }
}
