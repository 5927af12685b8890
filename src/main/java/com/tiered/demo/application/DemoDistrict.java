package com.tiered.demo.application;

import com.tiered.demo.domain.DemoGenerator;
import com.tiered.demo.domain.DemoStore;
import com.tiered.evaluation.application.EvaluationService;
import com.tiered.identity.application.StaffAccounts;
import com.tiered.identity.domain.Role;
import com.tiered.importing.domain.ImportStarting;
import com.tiered.school.domain.School;
import com.tiered.shared.application.Started;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Set;
import java.util.logging.Logger;

/**
 * On the first start in embedded mode (or with TIERED_DEMO=true), creates the demo district and its accounts —
 * admin, specialist, coordinator and principal, each with password "demo" — and evaluates it as of today.
 */
@ApplicationScoped
public class DemoDistrict {
    private static final Logger LOG = Logger.getLogger(DemoDistrict.class.getName());
    public static final String PASSWORD = "demo";

    @Inject
    private DemoStore writer;

    @Inject
    private StaffAccounts accounts;

    @Inject
    private EvaluationService evaluations;

    @PersistenceContext(unitName = "tiered")
    private EntityManager em;

    void onStart(@Observes Started started) {
        if (!started.demoWanted() || accounts.exists("admin")) {
            return;
        }
        LocalDate today = LocalDate.now();
        int students = writer.write(new DemoGenerator(2026, today).generate());
        School elementary = school("demo-maple");
        accounts.create("admin", "Alex Admin", PASSWORD, Set.of(Role.ADMIN), Set.of());
        accounts.create(
                "specialist", "Sam Rivera", PASSWORD, Set.of(Role.SPECIALIST, Role.RULE_AUTHOR), Set.of(elementary));
        accounts.create("coordinator", "Casey Morgan", PASSWORD, Set.of(Role.SPED_COORDINATOR), Set.of());
        accounts.create("principal", "Pat Okafor", PASSWORD, Set.of(Role.PRINCIPAL), Set.of(elementary));
        writer.fillCaseload("specialist", "demo-maple");
        evaluations.evaluateDistrict(today, "system");
        LOG.info("Created the demo district: " + students + " students; sign in as admin, specialist, coordinator"
                + " or principal with password '" + PASSWORD + "'");
    }

    /**
     * Made-up students never mix with a district's real data (in results, counts or charts): the first import into
     * a database that holds the demo district clears it. The accounts stay.
     */
    void onImport(@Observes ImportStarting starting) {
        int removed = writer.clearDemoStudents();
        if (removed > 0) {
            LOG.info("The first import by " + starting.user() + " cleared the demo district (" + removed
                    + " made-up students)");
        }
    }

    private School school(String sourcedId) {
        return em.createQuery("select s from School s where s.sourcedId = :id", School.class)
                .setParameter("id", sourcedId)
                .getSingleResult();
    }
}
