package org.entente.generator

/**
 * One concept of the scenario (states, treaties, events, ...) as one private method of the
 * generated class, which adds that concept's declarations to the scenario builder {@code b}.
 */
abstract class JavaSection {

	/** The method's name, e.g. {@code states}. */
	def String method()

	/** One line saying what the method adds. */
	def String summary()

	/** The method's statements, or an empty text when the scenario has nothing of this kind. */
	def CharSequence body(GenerationInput in)

	/** The whole method, or an empty text. */
	def CharSequence generate(GenerationInput in) {
		val body = body(in).toString
		if (body.trim.empty) return ''
		'''
			/** «summary» */
			private static void «method»(ScenarioBuilder b) {
				«body»
			}
		'''
	}
}
