package org.entente.generator

import java.util.ArrayList
import org.entente.engine.model.Actor
import org.entente.engine.model.Organization

import static org.entente.generator.JavaSyntax.*

/** Intergovernmental organizations and non-state actors. */
class OrganizationsTemplate extends JavaSection {

	override method() { 'organizationsAndActors' }

	override summary() { 'Intergovernmental organizations (venues of soft balancing) and non-state actors.' }

	override body(GenerationInput input) '''
		«FOR o : input.scenario.organizations»
			b.organization(«string(o.name)», «lambda('o', calls(o, input.names))»);
		«ENDFOR»
		«FOR a : input.scenario.actors»
			b.actor(«string(a.name)», «lambda('a', calls(a, input.names))»);
		«ENDFOR»
	'''

	def private calls(Organization o, GeneratedNames names) {
		val calls = new ArrayList<CharSequence>
		if (o.fullName !== null) calls += '''fullName(«string(o.fullName)»)'''
		if (!o.members.empty) calls += '''members(«names.states(o.members)»)'''
		calls
	}

	def private calls(Actor a, GeneratedNames names) {
		val calls = new ArrayList<CharSequence>
		if (a.fullName !== null) calls += '''fullName(«string(a.fullName)»)'''
		calls += '''kind(ActorKind.«a.kind.name»)'''
		if (a.targets !== null) calls += '''targets(«names.state(a.targets)»)'''
		if (Double.doubleToLongBits(a.strength) != 0L) calls += '''strength(«number(a.strength)»)'''
		if (a.sponsor !== null) calls += '''sponsor(«names.state(a.sponsor)»)'''
		calls
	}
}
