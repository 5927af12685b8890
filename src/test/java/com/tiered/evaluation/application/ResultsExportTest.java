package com.tiered.evaluation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.tiered.audit.application.MemoryAccessLog;
import com.tiered.evaluation.domain.EvaluationRepository;
import com.tiered.evaluation.domain.EvaluationRun;
import com.tiered.evaluation.domain.FlagTable;
import com.tiered.evaluation.domain.FlaggedStudent;
import com.tiered.evaluation.domain.StudentDecisions;
import com.tiered.identity.application.CurrentStaff;
import com.tiered.identity.application.SignedIn;
import com.tiered.identity.domain.Role;
import com.tiered.shared.application.Wiring;
import com.tiered.student.application.DistrictInMemory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The results file holds the students of the user's schools (the district for district roles), and is logged. */
class ResultsExportTest {
    private static final long RUN = 7;

    private final DistrictInMemory district = new DistrictInMemory();
    private final Runs runs = new Runs();
    private final MemoryAccessLog log = new MemoryAccessLog();

    private ResultsExport exportFor(CurrentStaff staff) {
        return Wiring.inject(new ResultsExport(), runs, staff, log.recorderFor(staff));
    }

    @Test
    void aPrincipalExportsTheStudentsOfTheirSchools() {
        exportFor(SignedIn.as("principal", Set.of(Role.PRINCIPAL), district.maple))
                .of(RUN)
                .orElseThrow();
        assertEquals(Set.of(DistrictInMemory.MAPLE_ID), runs.askedScope);
        assertEquals(
                List.of("principal EXPORTED null: Results CSV of evaluation 7: 1 students of their schools"),
                log.lines());
    }

    @Test
    void aSpecialistExportsTheStudentsOfTheirSchools() {
        exportFor(SignedIn.as("specialist", Set.of(Role.SPECIALIST), district.oak))
                .of(RUN)
                .orElseThrow();
        assertEquals(Set.of(DistrictInMemory.OAK_ID), runs.askedScope);
    }

    @Test
    void aCoordinatorExportsTheDistrict() {
        exportFor(SignedIn.as("coordinator", Set.of(Role.SPED_COORDINATOR)))
                .of(RUN)
                .orElseThrow();
        assertNull(runs.askedScope);
        assertEquals(
                List.of("coordinator EXPORTED null: Results CSV of evaluation 7: 1 students of the district"),
                log.lines());
    }

    @Test
    void anUnknownRunExportsNothingAndLogsNothing() {
        assertEquals(
                Optional.empty(),
                exportFor(SignedIn.as("admin", Set.of(Role.ADMIN))).of(RUN + 1));
        assertEquals(List.of(), log.lines());
    }

    /** One run, whose decisions are about one student whatever the scope; remembers the scope it was asked for. */
    private static final class Runs implements EvaluationRepository {
        Set<Long> askedScope = Set.of(-1L);

        @Override
        public Optional<EvaluationRun> find(long runId) {
            return runId != RUN
                    ? Optional.empty()
                    : Optional.of(new EvaluationRun(
                            RUN, LocalDate.now(), "1", "admin", Instant.now(), Instant.now(), "DISTRICT", 1, 0, 0, 5));
        }

        @Override
        public List<StudentDecisions> decisions(long runId, Set<Long> schoolIds) {
            askedScope = schoolIds;
            return List.of(new StudentDecisions("maple-1", List.of(), List.of(), List.of()));
        }

        @Override
        public long start(LocalDate asOf, String rulesVersion, String startedBy, String scope) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void storeDecisions(long runId, List<StudentDecisions> decisions, FlagTable flags) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void rehearse(LocalDate asOf, List<StudentDecisions> decisions, FlagTable flags) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long runAtOnce(
                LocalDate asOf,
                String rulesVersion,
                String startedBy,
                String scope,
                List<Long> studentIds,
                Decide decide,
                FlagTable flags) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void storeFailure(long runId, String studentSourcedId, String message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EvaluationRun finish(long runId, int students, long durationMs) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<EvaluationRun> latestDistrictRun() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<FlaggedStudent> flagged(long runId, Set<String> codes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<StudentDecisions> decisions(long runId) {
            throw new UnsupportedOperationException("an export always gives the scope");
        }

        @Override
        public Optional<StudentEvaluation> latestFor(String studentSourcedId) {
            throw new UnsupportedOperationException();
        }
    }
}
