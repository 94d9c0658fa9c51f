// How the extension starts the language server. No 'vscode' import: the Node test uses it too.
import * as fs from 'fs';
import * as path from 'path';

export interface ServerSettings {
  /** entente.server.jar: empty for the jar packaged with the extension. */
  jar?: string;
  /** entente.java.path: empty for $JAVA_HOME/bin/java, else `java` on the PATH. */
  java?: string;
  /** entente.server.vmArgs */
  vmArgs?: string[];
}

export interface ServerCommand {
  command: string;
  args: string[];
}

/** The jar packaged in the extension, next to out/: server/entente.jar. */
export function packagedJar(extensionRoot: string): string {
  return path.join(extensionRoot, 'server', 'entente.jar');
}

export function javaExecutable(configured: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (configured && configured.trim() !== '') {
    return configured;
  }
  if (env.JAVA_HOME) {
    const candidate = path.join(env.JAVA_HOME, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (fs.existsSync(candidate)) {
      return candidate;
    }
  }
  return 'java';
}

/** `java [vmArgs] -jar <jar> lsp`: the server on stdio. */
export function serverCommand(settings: ServerSettings, extensionRoot: string): ServerCommand {
  const jar = settings.jar && settings.jar.trim() !== '' ? settings.jar : packagedJar(extensionRoot);
  if (!fs.existsSync(jar)) {
    throw new Error(`Entente: the language server jar was not found at ${jar}. Set "entente.server.jar".`);
  }
  return {
    command: javaExecutable(settings.java),
    args: [...(settings.vmArgs ?? []), '-jar', jar, 'lsp'],
  };
}
