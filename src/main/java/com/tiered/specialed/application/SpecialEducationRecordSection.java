package com.tiered.specialed.application;

import com.tiered.specialed.domain.Referral;
import com.tiered.specialed.domain.SpecialEducationPlan;
import com.tiered.student.application.StudentRecord;
import com.tiered.student.application.StudentRecordSection;
import com.tiered.student.domain.Student;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The student's IEP and 504 plans and evaluation referrals, for the student record. */
@ApplicationScoped
public class SpecialEducationRecordSection implements StudentRecordSection {
    @PersistenceContext(unitName = "tiered")
    private EntityManager em;

    @Override
    public void addTo(Student s, StudentRecord.Builder record) {
        em.createQuery(
                        "select p from SpecialEducationPlan p where p.student = :s order by p.kind",
                        SpecialEducationPlan.class)
                .setParameter("s", s)
                .getResultList()
                .forEach(p -> record.plans.add(new StudentRecord.PlanLine(
                        p.getKindCode(),
                        String.join(", ", p.getDomains()),
                        p.getStartDate(),
                        p.getAnnualReviewDate(),
                        p.getReevaluationDate(),
                        String.join("; ", p.getAccommodations()))));
        em.createQuery("select r from Referral r where r.student = :s order by r.consentDate", Referral.class)
                .setParameter("s", s)
                .getResultList()
                .forEach(r -> record.referrals.add(new StudentRecord.ReferralLine(
                        r.getDomain(), r.getConsentDate(), r.getEvaluationCompletedOn())));
    }
}
