package org.entente.validation;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * A place in the chain of diagnostics of a validation, held for diagnostics that another thread is
 * still computing (the commitment rules; docs/performance.md, "Cold start"). It has no severity of its
 * own: {@link EntenteResourceValidator} replaces it, when it turns the chain into issues, by the
 * diagnostics it stands for, in their order, so that every diagnostic keeps the position it would have
 * had if the rules had run in place.
 */
final class DeferredDiagnostics extends BasicDiagnostic {

	/** What the other thread produced: the diagnostics in order, or the failure to rethrow. */
	record Outcome(List<Diagnostic> diagnostics, RuntimeException failure) {
	}

	private final Future<Outcome> outcome;

	DeferredDiagnostics(Future<Outcome> outcome) {
		super(OK, "org.entente", 0, "diagnostics computed on another thread", null);
		this.outcome = outcome;
	}

	/** Waits for the other thread; its diagnostics in order, or its failure thrown here. */
	List<Diagnostic> await() {
		Outcome result;
		try {
			result = outcome.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the commitment rules", e);
		} catch (ExecutionException e) {
			throw new IllegalStateException("the commitment rules failed", e.getCause());
		}
		if (result.failure() != null) {
			throw result.failure();
		}
		return result.diagnostics();
	}
}
