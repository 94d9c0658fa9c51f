package org.entente.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.entente.entente.Ideology;
import org.entente.entente.Region;
import org.entente.entente.StateDecl;
import org.entente.entente.Treaty;
import org.entente.ide.insight.ScenarioInsight;

import com.google.inject.Inject;

/** Hovers on states and treaties (declarations and references) say what they are; see {@link ScenarioInsight}. */
public class EntenteHoverService extends HoverService {

	@Inject
	private ScenarioInsight insight;

	@Override
	public String getContents(EObject element) {
		if (element instanceof StateDecl state) {
			return insight.stateHover(state);
		}
		if (element instanceof Treaty treaty) {
			return insight.treatyHover(treaty);
		}
		if (element instanceof Ideology ideology) {
			return "**ideology " + ideology.getName() + "**" + titled(ideology.getTitle());
		}
		if (element instanceof Region region) {
			return "**region " + region.getName() + "**" + titled(region.getTitle());
		}
		return super.getContents(element);
	}

	private static String titled(String title) {
		return title == null ? "" : " — " + title;
	}
}
