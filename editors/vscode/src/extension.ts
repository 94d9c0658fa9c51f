import * as vscode from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { serverCommand } from './serverCommand';

let client: LanguageClient | undefined;

/** What the server's entente.run / entente.landscape answer with (a summary until the simulator lands). */
interface CommandResult {
  message?: string;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration('entente');
  let command;
  try {
    command = serverCommand(
      {
        jar: config.get<string>('server.jar'),
        java: config.get<string>('java.path'),
        vmArgs: config.get<string[]>('server.vmArgs'),
      },
      context.extensionPath,
    );
  } catch (e) {
    vscode.window.showErrorMessage(String((e as Error).message));
    return;
  }
  const serverOptions: ServerOptions = {
    command: command.command,
    args: command.args,
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'entente' }],
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.entente'),
    },
    middleware: {
      // the code lenses' commands run on the server; show what they answer
      executeCommand: async (cmd, args, next) => {
        const result = (await next(cmd, args)) as CommandResult | string | undefined;
        const text = typeof result === 'string' ? result : result?.message;
        if (text) {
          vscode.window.showInformationMessage(text);
        }
        return result;
      },
    },
  };
  client = new LanguageClient('entente', 'Entente Language Server', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('entente')) {
        vscode.window.showInformationMessage('Entente: reload the window to restart the language server with the new settings.');
      }
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) {
    await client.stop();
  }
}
