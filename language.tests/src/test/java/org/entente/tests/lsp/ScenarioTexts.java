package org.entente.tests.lsp;

/** Small scenarios shared by the language-server tests. */
final class ScenarioTexts {

	private ScenarioTexts() {
	}

	static final String EUROPE = """
			scenario July1914 "The July Crisis"
			    from 1914 to 1918

			ideology Autocracy
			ideology Democracy opposes Autocracy
			region Europe

			state Germany "German Empire" {
			    military 2.2 economy 3.5 population 65
			    intent revisionist
			    ideology Autocracy
			    region Europe
			    borders France, Russia
			}
			state Russia { military 2.6 economy 1.8 population 160 ideology Autocracy borders Germany }
			state France { military 1.9 economy 1.6 population 40 ideology Democracy borders Germany }

			alliance FrancoRussian "Franco-Russian Alliance" {
			    members France, Russia
			    signed 1894
			    defense against Germany forces 60%
			}

			in 1914: Germany attacks France
			expect in 1914: Russia at war with Germany
			""";
}
