package org.entente.generator

import org.entente.engine.model.DeclaredThreat
import org.entente.engine.model.ThreatLevel

import static org.entente.generator.JavaSyntax.*

/** Disputes, rivalries, declared threat perceptions and landscape propensities. */
class RelationsTemplate extends JavaSection {

	override method() { 'relations' }

	override summary() { 'Disputes, rivalries, declared threats (they replace the computed score) and landscape propensities.' }

	override body(GenerationInput input) {
		val n = input.names
		'''
			«FOR d : input.scenario.disputes»
				«IF d.label !== null»
					b.dispute(«n.state(d.a)», «n.state(d.b)», «string(d.label)»);
				«ELSE»
					b.dispute(«n.state(d.a)», «n.state(d.b)»);
				«ENDIF»
			«ENDFOR»
			«FOR r : input.scenario.rivalries»
				b.rivalry(«n.state(r.a)», «n.state(r.b)»);
			«ENDFOR»
			«FOR t : input.scenario.declaredThreats»
				b.declaredThreat(«n.state(t.from)», «n.state(t.to)», «level(t)»);
			«ENDFOR»
			«FOR p : input.scenario.propensities»
				b.propensity(«n.state(p.a)», «n.state(p.b)», «number(p.value)»);
			«ENDFOR»
		'''
	}

	/** {@code ThreatLevel.HIGH} where the value is exactly a level's, else the number. */
	def private level(DeclaredThreat t) {
		for (level : ThreatLevel.values) {
			if (Double.doubleToLongBits(level.value) == Double.doubleToLongBits(t.value)) return '''ThreatLevel.«level.name»'''
		}
		number(t.value)
	}
}
