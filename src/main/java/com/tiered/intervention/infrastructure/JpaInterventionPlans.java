package com.tiered.intervention.infrastructure;

import com.tiered.intervention.domain.InterventionPlan;
import com.tiered.intervention.domain.InterventionPlans;
import com.tiered.intervention.domain.PlanStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaInterventionPlans implements InterventionPlans {
    private static final List<PlanStatus> ORDER = List.of(PlanStatus.ACTIVE, PlanStatus.DRAFT, PlanStatus.CLOSED);

    @PersistenceContext(unitName = "tiered")
    private EntityManager em;

    @Override
    public Optional<InterventionPlan> find(long id) {
        return Optional.ofNullable(em.find(InterventionPlan.class, id));
    }

    @Override
    public List<InterventionPlan> of(String studentSourcedId) {
        return em
                .createQuery("select p from InterventionPlan p where p.student.sourcedId = :s", InterventionPlan.class)
                .setParameter("s", studentSourcedId)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing((InterventionPlan p) -> ORDER.indexOf(p.getStatus()))
                        .thenComparing(InterventionPlan::getId, Comparator.reverseOrder()))
                .toList();
    }

    @Override
    public void store(InterventionPlan plan) {
        em.persist(plan);
        em.flush(); // the id comes from the database, and the caller answers with it
    }
}
