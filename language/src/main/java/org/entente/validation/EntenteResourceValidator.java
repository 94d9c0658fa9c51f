package org.entente.validation;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Xtext's resource validator, which lets the commitment rules run on a second core while the other
 * rules run on the calling thread, for the resource sets that ask for it ({@link #SECOND_CORE}, set by
 * the command line's {@code ScenarioLoader}). The rules' diagnostics take the place in the chain where
 * they would have been ({@link DeferredDiagnostics}), so the issues and their order are the same as
 * when every rule runs in turn (docs/performance.md, "Cold start"). Without the option, or where
 * {@link CommitmentValidator} finds it unsafe, nothing changes.
 */
public class EntenteResourceValidator extends ResourceValidatorImpl {

	/** Load option of a resource set: its single-file checks may run the commitment rules on a second core. */
	public static final String SECOND_CORE = "org.entente.validation.commitmentsOnSecondCore";

	private static final ThreadLocal<Boolean> EXPANDS_DEFERRED = new ThreadLocal<>();

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) throws OperationCanceledError {
		ResourceSet set = resource.getResourceSet();
		if (set == null || !Boolean.TRUE.equals(set.getLoadOptions().get(SECOND_CORE)) || EXPANDS_DEFERRED.get() != null) {
			return super.validate(resource, mode, indicator);
		}
		EXPANDS_DEFERRED.set(Boolean.TRUE);
		try {
			return super.validate(resource, mode, indicator);
		} finally {
			EXPANDS_DEFERRED.remove();
		}
	}

	/** Whether the validation running on this thread turns deferred diagnostics into issues. */
	static boolean expandsDeferred() {
		return EXPANDS_DEFERRED.get() != null;
	}

	@Override
	protected void issueFromEValidatorDiagnostic(Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
		if (diagnostic instanceof DeferredDiagnostics deferred) {
			for (Diagnostic d : deferred.await()) {
				super.issueFromEValidatorDiagnostic(d, acceptor);
			}
		} else {
			super.issueFromEValidatorDiagnostic(diagnostic, acceptor);
		}
	}
}
