package org.entente.engine.trace;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** A reason kept in two parts is its text: rendered, appended, compared and hashed as the one string. */
class ReasonTest {

    @Property(tries = 500)
    void aReasonInPartsIsItsText(@ForAll @StringLength(max = 12) String head, @ForAll @StringLength(max = 12) String tail) {
        Reason r = Reason.of(head, tail);
        String text = head + tail;
        assertThat(r.toString()).isEqualTo(text);
        assertThat(r.length()).isEqualTo(text.length());
        assertThat(r.appendTo(new StringBuilder("> ")).toString()).isEqualTo("> " + text);
        assertThat(r.hashCode()).isEqualTo(text.hashCode());
        assertThat(r).isEqualTo(Reason.of(text));
    }

    @Property(tries = 1000)
    void reasonsAreEqualExactlyWhenTheirTextsAre(@ForAll("texts") String a, @ForAll("texts") String b,
                                                 @ForAll @IntRange(max = 6) int splitA, @ForAll @IntRange(max = 6) int splitB) {
        int sa = Math.min(splitA, a.length()), sb = Math.min(splitB, b.length());
        Reason ra = Reason.of(a.substring(0, sa), a.substring(sa)), rb = Reason.of(b.substring(0, sb), b.substring(sb));
        assertThat(ra.equals(rb)).as("%s | %s", ra, rb).isEqualTo(a.equals(b));
        if (a.equals(b)) assertThat(ra.hashCode()).isEqualTo(rb.hashCode());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> texts() {
        // a small alphabet, so that equal texts split differently come up often
        return net.jqwik.api.Arbitraries.strings().withChars("ab").ofMaxLength(6);
    }

    @Test
    void aFightingStateNamesItsEnemiesAfterItsOwnWords() {
        String enemies = "Austria-Hungary, Germany";
        Reason france = org.entente.engine.posture.ReasonWriter.fighting("France", enemies);
        assertThat(france.toString()).isEqualTo("France is fighting Austria-Hungary, Germany");
        assertThat(org.entente.engine.posture.ReasonWriter.fighting("Russia", enemies).toString())
                .isEqualTo("Russia is fighting Austria-Hungary, Germany");
        assertThat(france).isNotEqualTo(Reason.of("France is fighting Austria-Hungary")).isNotEqualTo("France is fighting Austria-Hungary, Germany");
    }
}
