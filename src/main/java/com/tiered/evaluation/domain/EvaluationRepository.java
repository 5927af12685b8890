package com.tiered.evaluation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Evaluation runs and the decisions they stored. */
public interface EvaluationRepository {

    long start(LocalDate asOf, String rulesVersion, String startedBy, String scope);

    /**
     * Stores the decisions of one batch of students, in one transaction, with each student's standing; {@code flags}
     * (the run's rules' table) tells which flags ask for action.
     */
    void storeDecisions(long runId, List<StudentDecisions> decisions, FlagTable flags);

    /**
     * Goes through every write {@link #storeDecisions} makes for these decisions and undoes it: nothing is kept, no run
     * is recorded. The start-up warm-up uses it so that the first district run after a start is not the one that
     * waits for the JIT.
     */
    void rehearse(LocalDate asOf, List<StudentDecisions> decisions, FlagTable flags);

    /** As above, the flags described by the table that ships with Tiered (tools and tests that hold no rule set). */
    default void storeDecisions(long runId, List<StudentDecisions> decisions) {
        storeDecisions(runId, decisions, FlagTable.shipped());
    }

    /** Decides students from their facts. */
    @FunctionalInterface
    interface Decide {
        List<StudentDecisions> decide(List<StudentFacts> facts);
    }

    /**
     * A run of a few students (one chunk) in one transaction, committed once — on MySQL every commit waits for the
     * disk, and a teacher's progress point should wait for one, not three: the run is recorded first (its id, which
     * orders runs, is taken before a fact is read), the students' facts are read in the same transaction, decided,
     * stored with their standings, and the run finished; answers the run's id. Nothing is kept when any part fails; the
     * exception says why.
     */
    long runAtOnce(
            LocalDate asOf,
            String rulesVersion,
            String startedBy,
            String scope,
            List<Long> studentIds,
            Decide decide,
            FlagTable flags);

    void storeFailure(long runId, String studentSourcedId, String message);

    EvaluationRun finish(long runId, int students, long durationMs);

    Optional<EvaluationRun> find(long runId);

    /** The newest finished run over the whole district. */
    Optional<EvaluationRun> latestDistrictRun();

    /** The flags with the given codes in a run, with their students' names and schools. */
    List<FlaggedStudent> flagged(long runId, java.util.Set<String> codes);

    /** The decisions of a run, sorted by student. */
    List<StudentDecisions> decisions(long runId);

    /** The decisions of a run about the students now at the given schools ({@code null}: all), sorted by student. */
    List<StudentDecisions> decisions(long runId, java.util.Set<Long> schoolIds);

    /** The latest run that evaluated the student, with its decisions about them. */
    Optional<StudentEvaluation> latestFor(String studentSourcedId);

    record StudentEvaluation(EvaluationRun run, StudentDecisions decisions) {}
}
