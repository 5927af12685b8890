package com.tiered.caseload.infrastructure;

import com.tiered.caseload.domain.Caseloads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaCaseloads implements Caseloads {
    @PersistenceContext(unitName = "tiered")
    private EntityManager em;

    @Override
    public long size(long staffUserId) {
        return em.createQuery("select count(c) from CaseloadMember c where c.staffUserId = :u", Long.class)
                .setParameter("u", staffUserId)
                .getSingleResult();
    }
}
