package org.entente.generator

import static org.entente.generator.JavaSyntax.*

/** Ideologies and regions: the vocabulary that states refer to. */
class IdeologiesTemplate extends JavaSection {

	override method() { 'ideologiesAndRegions' }

	override summary() { 'Ideologies (opposition is symmetric) and regions.' }

	override body(GenerationInput input) '''
		«FOR i : input.scenario.ideologies»
			«IF i.fullName !== null»
				b.ideologyNamed(«string(i.name)», «string(i.fullName)»«FOR o : i.opposes», «string(o)»«ENDFOR»);
			«ELSE»
				b.ideology(«string(i.name)»«FOR o : i.opposes», «string(o)»«ENDFOR»);
			«ENDIF»
		«ENDFOR»
		«FOR r : input.scenario.regions»
			«IF r.fullName !== null»
				b.region(«string(r.name)», «string(r.fullName)»);
			«ELSE»
				b.region(«string(r.name)»);
			«ENDIF»
		«ENDFOR»
	'''
}
