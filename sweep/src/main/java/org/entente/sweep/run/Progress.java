package org.entente.sweep.run;

/** Told how many runs have finished so far (a whole task's worth at a time under Spark). */
@FunctionalInterface
public interface Progress {
    void finished(long runs);

    Progress NONE = runs -> {};
}
