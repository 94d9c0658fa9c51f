package org.entente.generator

import com.google.inject.Inject
import org.eclipse.emf.ecore.resource.Resource
import org.eclipse.emf.ecore.util.EcoreUtil
import org.eclipse.xtext.generator.AbstractGenerator
import org.eclipse.xtext.generator.IFileSystemAccess2
import org.eclipse.xtext.generator.IGeneratorContext
import org.entente.entente.Model
import org.entente.interpreter.ScenarioTranslator

/**
 * For each scenario file with a header, writes (relative to the default output folder):
 * <ul>
 * <li>{@code entente/generated/NAME.java}: a class that builds the scenario through the engine's
 * builder API; its {@code main} prints the same JSON trace as {@code entente run --format json};</li>
 * <li>{@code NAME.dot}: the alliance network for Graphviz;</li>
 * <li>{@code NAME.md}: a summary of the scenario.</li>
 * </ul>
 * The templates read the engine model that {@link ScenarioTranslator} makes of the file, so the
 * generated code reproduces the interpreter's mapping by construction; see docs/generator.md.
 * Files with syntax or linking errors, and libraries (no header), produce nothing.
 */
class EntenteGenerator extends AbstractGenerator {

	@Inject ScenarioTranslator translator

	val javaClass = new JavaClassTemplate
	val dot = new DotTemplate
	val markdown = new MarkdownTemplate

	override void doGenerate(Resource resource, IFileSystemAccess2 fsa, IGeneratorContext context) {
		val input = input(resource)
		if (input !== null) {
			fsa.generateFile(input.names.javaPath, javaClass.generate(input))
			fsa.generateFile(input.names.dotPath, dot.generate(input))
			fsa.generateFile(input.names.markdownPath, markdown.generate(input))
		}
	}

	/** What the templates read, or null when the resource is no scenario that can be translated. */
	def GenerationInput input(Resource resource) {
		val model = resource.contents.head
		EcoreUtil.resolveAll(resource) // linking is lazy: unresolved names become errors only when resolved
		if (!(model instanceof Model) || (model as Model).header === null || !resource.errors.empty) {
			return null
		}
		val scenario = try {
			translator.translate(model as Model)
		} catch (IllegalArgumentException e) {
			return null // a half-written file in an editor: generate again on the next save
		}
		new GenerationInput(scenario, org.eclipse.emf.common.util.URI.decode(resource.URI.lastSegment))
	}
}
