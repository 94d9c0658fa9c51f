package org.entente.ide.simulation;

import java.util.Optional;

import org.apache.log4j.Logger;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.entente.engine.model.Scenario;
import org.entente.engine.sim.Simulation;
import org.entente.engine.sim.SimulationOptions;
import org.entente.engine.trace.StateTurn;
import org.entente.engine.trace.Trace;
import org.entente.engine.trace.Turn;
import org.entente.entente.Model;
import org.entente.interpreter.ScenarioTranslator;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The engine's view of a scenario's first turn (power shares, threats, postures), for hovers,
 * inlay hints and completion details. Computed once per version of the document: the cache is
 * evicted when the resource changes. A file without a scenario header, or one the engine cannot
 * simulate yet (half-written), has no first turn, and the editor falls back to declared values.
 */
@Singleton
public class FirstTurn {

	private static final Logger LOG = Logger.getLogger(FirstTurn.class);

	private static final String KEY = FirstTurn.class.getName();

	@Inject
	private ScenarioTranslator translator;

	@Inject
	private OnChangeEvictingCache cache;

	/** The first turn of the scenario that declares {@code element}, simulating it if needed. */
	public Optional<Turn> of(EObject element) {
		Resource resource = element.eResource();
		if (resource == null) {
			return Optional.empty();
		}
		return cache.get(KEY, resource, () -> simulate(resource));
	}

	/** The first turn only if it was already computed for this version of the document. */
	public Optional<Turn> ifComputed(EObject element) {
		Resource resource = element.eResource();
		if (resource == null) {
			return Optional.empty();
		}
		Optional<Turn> turn = cache.getOrCreate(resource).get(KEY);
		return turn == null ? Optional.empty() : turn;
	}

	/** The state's row in that turn. */
	public static Optional<StateTurn> state(Turn turn, String name) {
		return turn.states().stream().filter(s -> s.name().equals(name)).findFirst();
	}

	private Optional<Turn> simulate(Resource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)
				|| model.getHeader() == null) {
			return Optional.empty();
		}
		try {
			EcoreUtil2.resolveLazyCrossReferences(resource, () -> false);
			Scenario scenario = translator.translate(model);
			int[] years = scenario.turnYears();
			if (years.length == 0) {
				return Optional.empty();
			}
			Trace trace = Simulation.run(scenario, SimulationOptions.defaults().until(years[0]));
			return trace.turns().isEmpty() ? Optional.empty() : Optional.of(trace.turns().get(0));
		} catch (RuntimeException e) {
			// a document being typed can be anything; the editor shows declared values instead. A file
			// without syntax or name errors should simulate: its failure is a bug worth a log line
			if (model.eResource() != null && model.eResource().getErrors().isEmpty()) {
				LOG.warn("entente: the first turn of " + model.eResource().getURI().lastSegment() + " could not be simulated", e);
			} else {
				LOG.debug("first turn not simulated while the file has errors", e);
			}
			return Optional.empty();
		}
	}
}
