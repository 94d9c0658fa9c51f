package org.entente.generator

import org.entente.engine.model.Event

import static org.entente.generator.JavaSyntax.*

/** Scripted events, applied in file order at the start of their year's turn. */
class EventsTemplate extends JavaSection {

	override method() { 'events' }

	override summary() { 'Scripted events, applied in this order at the start of their turn.' }

	override body(GenerationInput input) '''
		«FOR e : input.scenario.events»
			b.event(«event(e, input.names)»); // «comment(describe(e))»
		«ENDFOR»
	'''

	/** The event in the language's words; arms with its exact percentage. */
	def static String describe(Event e) {
		if (e instanceof Event.Arms) return e.state + ' arms ' + (if (e.fraction >= 0) '+' else '') + percent(e.fraction)
		e.describe
	}

	def CharSequence event(Event e, GeneratedNames n) {
		switch e {
			Event.Attack case e.alongside !== null: '''Event.attackAlongside(«e.year», «n.state(e.attacker)», «n.state(e.alongside)»«FOR t : e.targets», «n.state(t)»«ENDFOR»)'''
			Event.Attack: '''Event.attack(«e.year», «n.state(e.attacker)»«FOR t : e.targets», «n.state(t)»«ENDFOR»)'''
			Event.Annex: '''Event.annex(«e.year», «n.state(e.annexer)», «n.state(e.annexed)»)'''
			Event.Collapse: '''Event.collapse(«e.year», «n.state(e.state)»)'''
			Event.Arms: '''Event.arms(«e.year», «n.state(e.state)», «number(e.fraction)»)'''
			Event.Join: '''Event.join(«e.year», «n.state(e.state)», «n.treaty(e.treaty)»)'''
			Event.Leave: '''Event.leave(«e.year», «n.state(e.state)», «n.treaty(e.treaty)»)'''
			Event.Peace: '''Event.peace(«e.year», «n.state(e.a)», «n.state(e.b)»)'''
			default: throw new IllegalArgumentException('Unknown event ' + e)
		}
	}
}
