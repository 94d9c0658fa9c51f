package org.entente.generator

import org.entente.engine.decision.DecisionWeights
import org.entente.engine.model.Settings

import static org.entente.generator.JavaSyntax.*

/**
 * The scenario's settings as fields of the generated class, each with a {@code withX} method that
 * returns a copy with that one value changed, so that parameter sweeps can be scripted from Java.
 */
class SettingsTemplate {

	/** One tunable: its field, its type, its value in the scenario and what it means. */
	static class Parameter {
		public val String field
		public val String type
		public val String value
		public val String meaning

		new(String field, String type, String value, String meaning) {
			this.field = field
			this.type = type
			this.value = value
			this.meaning = meaning
		}

		def method() { 'with' + field.toFirstUpper }
	}

	def parameters(Settings s) {
		val common = #[
			new Parameter('powerWeight', 'double', number(s.powerWeight), 'Weight of relative power in the threat score (wP).'),
			new Parameter('proximityWeight', 'double', number(s.proximityWeight), 'Weight of proximity, 1 / border hops (wX).'),
			new Parameter('offensiveWeight', 'double', number(s.offensiveWeight), 'Weight of usable offensive power (wO).'),
			new Parameter('intentWeight', 'double', number(s.intentWeight), 'Weight of aggressive intentions (wI).'),
			new Parameter('threatFloor', 'double', number(s.threatFloor), 'Threat below which a state is secure.'),
			new Parameter('greatPower', 'double', number(s.greatPower), 'Power share from which a state is a great power (' + percent(s.greatPower) + ').'),
			new Parameter('armsGrowth', 'double', number(s.armsGrowth), 'Military growth per turn of internal balancing (' + percent(s.armsGrowth) + ').'),
			new Parameter('lapseAfter', 'int', String.valueOf(s.lapseAfter), 'Turns without a common threat after which a treaty lapses.'),
			new Parameter('poleShare', 'double', number(s.poleShare), 'Power share a bloc needs, besides a great power, to be a pole (' + percent(s.poleShare) + ').')
		]
		// the decision weights only when the file states its own: the classes of other files stay as they were
		if (!hasOwnDecisionWeights(s)) return common
		val w = s.decision
		common + #[
			new Parameter('decision', 'DecisionWeights', 'new DecisionWeights(' + #[w.base, w.threat, w.bandwagon, w.coBelligerence,
				w.exposure, w.buckPassing, w.chainGanging, w.contagion].map[number(it)].join(', ') + ')',
				'Weights of the decision rule (docs/semantics.md §6a), from the scenario\'s settings.')
		]
	}

	def static hasOwnDecisionWeights(Settings s) {
		s.decision != DecisionWeights.defaults
	}

	/** The fields, initialised with the scenario's values. */
	def fields(GenerationInput input) '''
		// Settings: the scenario's values (the engine's defaults where the file sets none)
		«FOR p : parameters(input.scenario.settings)»
			private «p.type» «p.field» = «p.value»;
		«ENDFOR»
	'''

	/** The copy constructor the with-methods use. */
	def copyConstructor(GenerationInput input) {
		val c = input.names.className
		'''
			private «c»(«c» other) {
				«FOR p : parameters(input.scenario.settings)»
					this.«p.field» = other.«p.field»;
				«ENDFOR»
			}
		'''
	}

	/** One with-method per setting, then {@code settings()}. */
	def methods(GenerationInput input) {
		val c = input.names.className
		'''
			«FOR p : parameters(input.scenario.settings)»

				/** «p.meaning» Returns a copy with this value; this object is unchanged. */
				public «c» «p.method»(«p.type» «p.field») {
					«c» copy = new «c»(this);
					copy.«p.field» = «p.field»;
					return copy;
				}
			«ENDFOR»

			/** The engine settings this object simulates with. */
			public Settings settings() {
				return new Settings(powerWeight, proximityWeight, offensiveWeight, intentWeight,
						threatFloor, greatPower, armsGrowth, lapseAfter, poleShare«IF hasOwnDecisionWeights(input.scenario.settings)», decision«ENDIF»);
			}
		'''
	}
}
