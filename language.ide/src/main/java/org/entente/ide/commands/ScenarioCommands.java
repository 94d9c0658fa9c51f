package org.entente.ide.commands;

import java.util.List;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.util.CancelIndicator;
import org.entente.entente.Model;

import com.google.gson.JsonPrimitive;
import com.google.inject.Inject;

/** {@code workspace/executeCommand} for {@code entente.run} and {@code entente.landscape}; argument: the document URI. */
public class ScenarioCommands implements IExecutableCommandService {

	public static final String RUN = "entente.run";
	public static final String LANDSCAPE = "entente.landscape";
	public static final List<String> COMMANDS = List.of(RUN, LANDSCAPE);

	@Inject
	private ScenarioCommandHandler handler;

	@Override
	public List<String> initialize() {
		return COMMANDS;
	}

	@Override
	public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
		if (params.getArguments() == null || params.getArguments().isEmpty()) {
			return "entente: " + params.getCommand() + " needs the document URI as its argument";
		}
		String uri = uriArgument(params.getArguments().get(0));
		return access.doSyncRead(uri, context -> {
			if (context.getResource() == null || context.getResource().getContents().isEmpty()
					|| !(context.getResource().getContents().get(0) instanceof Model model)) {
				return "entente: nothing to run in " + uri;
			}
			return switch (params.getCommand()) {
				case RUN -> handler.run(model);
				case LANDSCAPE -> handler.landscape(model);
				default -> "entente: unknown command " + params.getCommand();
			};
		});
	}

	private static String uriArgument(Object argument) {
		if (argument instanceof JsonPrimitive json) {
			return json.getAsString();
		}
		return String.valueOf(argument);
	}
}
