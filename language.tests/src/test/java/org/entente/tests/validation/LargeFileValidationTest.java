package org.entente.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.entente.tests.EntenteInjectorProvider;
import org.entente.validation.EntenteIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A generated file with 3,000 treaties validates (the commitment checks work on per-state indexes,
 * not on all pairs of treaties). No timing assertion: the time is printed for the record only;
 * performance is measured by benchmarks, not unit tests.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(EntenteInjectorProvider.class)
class LargeFileValidationTest extends ValidationTestBase {

	static final int TREATIES = Integer.getInteger("entente.largeFileTreaties", 3000);
	static final int STATES = Math.max(600, TREATIES / 5);

	static String generate(long seed) {
		Random random = new Random(seed);
		StringBuilder out = new StringBuilder("scenario Big from 1900 to 2000\n");
		out.append("state Hub { military 10 economy 10 population 10 intent status-quo }\n");
		for (int i = 0; i < STATES; i++) {
			out.append("state S").append(i).append(" { military ").append(1 + random.nextInt(9)).append(" }\n");
		}
		for (int t = 0; t < TREATIES; t++) {
			int a = random.nextInt(STATES);
			int b = (a + 1 + random.nextInt(STATES - 1)) % STATES;
			int c = (b + 1 + random.nextInt(STATES - 2)) % STATES;
			if (c == a) {
				c = (c + 1) % STATES;
			}
			int signed = 1900 + random.nextInt(90);
			String members = t % 10 == 0 ? "Hub, S" + a + ", S" + b : "S" + a + ", S" + b;
			out.append(t % 7 == 0 ? "pact" : "alliance").append(" T").append(t).append(" { members ").append(members)
					.append(" signed ").append(signed);
			if (random.nextBoolean()) {
				out.append(" expires ").append(signed + 1 + random.nextInt(20));
			}
			switch (t % 4) {
				case 0 -> out.append(" defense against S").append(c).append(" unless provoked forces 5%");
				case 1 -> out.append(" nonaggression consultation");
				case 2 -> out.append(" neutrality");
				default -> out.append(" defense forces 5% offense against S").append(c);
			}
			out.append(" }\n");
		}
		for (int e = 0; e < TREATIES / 6; e++) {
			int year = 1900 + random.nextInt(100);
			int t = random.nextInt(TREATIES);
			switch (e % 3) {
				case 0 -> out.append("in ").append(year).append(": S").append(random.nextInt(STATES)).append(" joins T").append(t).append('\n');
				case 1 -> out.append("in ").append(year).append(": S").append(random.nextInt(STATES)).append(" leaves T").append(t).append('\n');
				default -> out.append("in ").append(year).append(": S").append(random.nextInt(STATES)).append(" attacks S")
						.append(random.nextInt(STATES)).append('\n');
			}
		}
		return out.toString();
	}

	@Test
	void threeThousandTreatiesValidate() {
		String source = generate(1914);
		List<Issue> found = validate(source);
		System.out.println("LargeFileValidationTest: " + TREATIES + " treaties, " + source.length() + " chars, parse "
				+ parseMillis + " ms, link " + linkMillis + " ms, validate " + validateMillis + " ms, " + found.size() + " issues");
		// the generated file is meant to contain commitment problems: the rules run on it
		assertThat(found).extracting(Issue::getCode).contains(EntenteIssueCodes.TREATY_NOT_IN_FORCE);
	}
}
