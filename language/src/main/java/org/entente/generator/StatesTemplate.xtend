package org.entente.generator

import java.util.ArrayList
import org.entente.engine.model.Intent
import org.entente.engine.model.State

import static org.entente.generator.JavaSyntax.*

/** States with their capabilities, intent, ideology, region and borders. */
class StatesTemplate extends JavaSection {

	override method() { 'states' }

	override summary() { 'States, in declaration order (the engine breaks every tie by it).' }

	override body(GenerationInput input) '''
		«FOR s : input.scenario.states»
			«statement(s, input.names)»
		«ENDFOR»
	'''

	def private statement(State s, GeneratedNames names) {
		val calls = calls(s, names)
		if (calls.empty) '''b.state(«names.state(s.name)»);'''
		else '''b.state(«names.state(s.name)», «lambda('s', calls)»);'''
	}

	def private calls(State s, GeneratedNames names) {
		val calls = new ArrayList<CharSequence>
		if (s.fullName !== null) calls += '''fullName(«string(s.fullName)»)'''
		val capabilities = new ArrayList<CharSequence>
		if (differs(s.military, 0)) capabilities += '''military(«number(s.military)»)'''
		if (differs(s.economy, 0)) capabilities += '''economy(«number(s.economy)»)'''
		if (differs(s.population, 0)) capabilities += '''population(«number(s.population)»)'''
		if (!capabilities.empty) calls += capabilities.join('.')
		if (differs(s.offensive, State.DEFAULT_OFFENSIVE)) calls += '''offensive(«number(s.offensive)»)'''
		if (s.intentWord !== null) {
			calls += '''intent(Intent.«Intent.ofKeyword(s.intentWord).name»)'''
		} else if (differs(s.intent, Intent.STATUS_QUO.value)) {
			calls += '''intent(«number(s.intent)»)'''
		}
		if (s.ideology !== null) calls += '''ideology(«string(s.ideology)»)'''
		if (s.region !== null) calls += '''region(«string(s.region)»)'''
		if (!s.borders.empty) calls += '''borders(«names.states(s.borders)»)'''
		if (differs(s.stability, State.DEFAULT_STABILITY)) calls += '''stability(«number(s.stability)»)'''
		if (s.size !== null) calls += '''size(«number(s.size)»)'''
		if (differs(s.doctrine, State.DEFAULT_DOCTRINE)) calls += '''doctrine(«number(s.doctrine)»)'''
		if (s.declaredGreat) calls += '''greatPower()'''
		if (s.since !== null) calls += '''since(«s.since»)'''
		calls
	}

	/** Bit-exact comparison: -0.0 differs from 0.0, so the generated value is always the same double. */
	def static boolean differs(double value, double expected) {
		Double.doubleToLongBits(value) != Double.doubleToLongBits(expected)
	}
}
