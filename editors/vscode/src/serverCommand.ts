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

/**
 * JVM options for a fast start (measured in docs/performance.md, "Cold start"): the parallel collector
 * with a larger first heap (the launcher's choice; the JVM caps it at -Xmx), Guice by reflection instead of generated classes, and JVM messages on stderr only (stdout is the
 * protocol). The full JIT stays on: the server lives as long as the editor.
 */
export const FAST_START_OPTIONS = [
  '-XX:+UseParallelGC',
  '-XX:InitialRAMPercentage=4',
  '-Dguice_bytecode_gen_option=DISABLED',
  '-Xlog:disable',
  '-Xlog:all=error:stderr',
];

/**
 * Map the archive at the address it was made for instead of moving it and rewriting its pointers (Java
 * 17.0.x's default; a diagnostic option, ignored by a Java without it; docs/performance.md, "Cold start").
 */
export const ARCHIVE_IN_PLACE = [
  '-XX:+IgnoreUnrecognizedVMOptions',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:ArchiveRelocationMode=0',
];

/** The class-data-sharing archive beside the jar (entente.jar -> entente.jsa), made by `./entente`. */
export function archiveFor(jar: string): string {
  return jar.replace(/\.jar$/, '') + '.jsa';
}

/**
 * `java [fast-start options] [-XX:SharedArchiveFile=<archive>] [vmArgs] -jar <jar> lsp`: the server on
 * stdio. The archive is used when it exists; one made for another jar or Java is ignored by the JVM
 * (-Xshare:auto), so a stale archive only costs speed.
 */
export function serverCommand(settings: ServerSettings, extensionRoot: string): ServerCommand {
  const jar = settings.jar && settings.jar.trim() !== '' ? settings.jar : packagedJar(extensionRoot);
  if (!fs.existsSync(jar)) {
    throw new Error(`Entente: the language server jar was not found at ${jar}. Set "entente.server.jar".`);
  }
  const archive = archiveFor(jar);
  const sharing = fs.existsSync(archive) ? [`-XX:SharedArchiveFile=${archive}`, '-Xshare:auto', ...ARCHIVE_IN_PLACE] : [];
  return {
    command: javaExecutable(settings.java),
    args: [...FAST_START_OPTIONS, ...sharing, ...(settings.vmArgs ?? []), '-jar', jar, 'lsp'],
  };
}
