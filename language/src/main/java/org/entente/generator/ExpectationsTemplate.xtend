package org.entente.generator

import org.entente.engine.expect.Condition
import org.entente.engine.expect.Expectation

import static org.entente.generator.JavaSyntax.*

/** Expectations: what the scenario's author expects the trace to show. */
class ExpectationsTemplate extends JavaSection {

	override method() { 'expectations' }

	override summary() { 'Expectations, evaluated on the trace (the JSON reports each one as pass or fail).' }

	override body(GenerationInput input) '''
		«FOR x : input.scenario.expectations»
			// expect«IF x.timing == Expectation.Timing.AT_END»:«ENDIF» «comment(x.describe)»
			b.expect(«expectation(x, input.names)»);
		«ENDFOR»
	'''

	def private expectation(Expectation x, GeneratedNames n) {
		val condition = condition(x.condition, n)
		val timed = switch x.timing {
			case IN: '''Expectation.inYear(«x.year», «condition»)'''
			case BY: '''Expectation.byYear(«x.year», «condition»)'''
			default: '''Expectation.atEnd(«condition»)'''
		}
		if (x.negated) '''«timed».negate()''' else timed
	}

	def CharSequence condition(Condition c, GeneratedNames n) {
		switch c {
			Condition.Balances: '''Condition.balances(«n.state(c.state)», «n.state(c.against)»)'''
			Condition.Bandwagons: '''Condition.bandwagons(«n.state(c.state)», «n.state(c.with)»)'''
			Condition.BuckPasses: '''Condition.buckPasses(«n.state(c.state)»)'''
			Condition.SoftBalances: '''Condition.softBalances(«n.state(c.state)», «n.state(c.against)»)'''
			Condition.Omnibalances: '''Condition.omnibalances(«n.state(c.state)»)'''
			Condition.Secure: '''Condition.secure(«n.state(c.state)»)'''
			Condition.AtWar: '''Condition.atWar(«n.state(c.a)», «n.state(c.b)»)'''
			Condition.Allied: '''Condition.allied(«n.state(c.a)», «n.state(c.b)»)'''
			Condition.TreatyIs: '''Condition.treaty(«n.treaty(c.treaty)», TreatyStatus.«c.status.name»)'''
			Condition.PolarityIs: '''Condition.«IF c.blocs»blocPolarity«ELSE»polarity«ENDIF»(Polarity.«c.polarity.name»)'''
			Condition.Landscape: '''Condition.landscape(List.of(«n.states(c.sideA)»), List.of(«n.states(c.sideB)»))'''
			default: throw new IllegalArgumentException('Unknown condition ' + c)
		}
	}
}
