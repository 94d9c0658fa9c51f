package org.entente.generator

import java.util.ArrayList
import org.entente.engine.model.Clause
import org.entente.engine.model.Treaty
import org.entente.engine.model.TreatyKind

import static org.entente.generator.JavaSyntax.*

/** Treaties: alliances, pacts, ententes and guarantees, with their calendar and clauses. */
class TreatiesTemplate extends JavaSection {

	override method() { 'treaties' }

	override summary() { 'Treaties with their parties, calendar and clauses (alliance, pact and entente differ only in the label).' }

	override body(GenerationInput input) '''
		«FOR t : input.scenario.treaties»
			// «comment(t.label)»«IF t.label != t.name» («t.name»)«ENDIF»: «t.kind.name.toLowerCase»«IF t.signed !== null», signed «t.signed»«ENDIF»«IF t.expires !== null», expires «t.expires»«ENDIF»
			b.«builderMethod(t.kind)»(«input.names.treaty(t.name)», «lambda('t', calls(t, input.names))»);
		«ENDFOR»
	'''

	def private builderMethod(TreatyKind kind) {
		switch kind {
			case PACT: 'pact'
			case ENTENTE: 'entente'
			case GUARANTEE: 'guarantee'
			default: 'alliance'
		}
	}

	def private calls(Treaty t, GeneratedNames names) {
		val calls = new ArrayList<CharSequence>
		if (t.fullName !== null) calls += '''fullName(«string(t.fullName)»)'''
		if (!t.members.empty) calls += '''members(«names.states(t.members)»)'''
		if (!t.guarantors.empty || !t.recipients.empty) {
			val parties = new ArrayList<CharSequence>
			if (!t.guarantors.empty) parties += '''by(«names.states(t.guarantors)»)'''
			if (!t.recipients.empty) parties += '''to(«names.states(t.recipients)»)'''
			calls += parties.join('.')
		}
		if (t.signed !== null) calls += '''signed(«t.signed»)'''
		if (t.expires !== null) calls += '''expires(«t.expires»)'''
		if (t.durable) calls += 'durable()'
		if (t.reliability !== null) calls += '''reliability(«number(t.reliability)»)'''
		for (c : t.clauses) calls += clause(c, names)
		calls
	}

	/** One clause as the shortest builder call that produces exactly it. */
	def CharSequence clause(Clause c, GeneratedNames names) {
		val against = names.states(c.against)
		val plain = c.region === null && !c.unlessProvoked && c.forces === null
		switch c.type {
			case DEFENSE:
				if (plain && c.against.empty) 'defense()' else '''defense(d -> d«options(c, names)»)'''
			case OFFENSE:
				if (plain) '''offense(«against»)''' else '''offense(o -> o«options(c, names)»)'''
			case NEUTRALITY:
				if (plain) '''neutrality(«against»)''' else fullClause(c, names)
			case SANCTIONS:
				if (plain) '''sanctions(«against»)''' else fullClause(c, names)
			case NONAGGRESSION:
				if (plain && c.against.empty) 'nonaggression()' else fullClause(c, names)
			case CONSULTATION:
				if (plain && c.against.empty) 'consultation()' else fullClause(c, names)
		}
	}

	def private options(Clause c, GeneratedNames names) '''«
		IF !c.against.empty».against(«names.states(c.against)»)«ENDIF»«
		IF c.region !== null».in(«string(c.region)»)«ENDIF»«
		IF c.unlessProvoked».unlessProvoked()«ENDIF»«
		IF c.forces !== null».forces(«number(c.forces)»)«ENDIF»'''

	/** Any clause the short forms cannot say (the language never produces one; kept for completeness). */
	def private fullClause(Clause c, GeneratedNames names) '''clause(new Clause(ClauseType.«c.type.name», List.of(«names.states(c.against)»), «string(c.region)», «c.unlessProvoked», «IF c.forces === null»null«ELSE»«number(c.forces)»«ENDIF»))'''

	/** Used by other templates: the clause in the language's words, e.g. "defense against Russia, forces 60%". */
	def static String describe(Clause c) {
		val words = new ArrayList<String>
		words += c.type.name.toLowerCase
		if (!c.against.empty) words += 'against ' + c.against.join(', ')
		if (c.region !== null) words += 'in ' + c.region
		if (c.unlessProvoked) words += 'unless provoked'
		if (c.forces !== null) words += 'forces ' + percent(c.forces)
		words.join(' ')
	}

}
