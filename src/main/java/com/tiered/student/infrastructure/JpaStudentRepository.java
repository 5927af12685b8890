package com.tiered.student.infrastructure;

import com.tiered.student.domain.Student;
import com.tiered.student.domain.StudentFilter;
import com.tiered.student.domain.StudentRepository;
import com.tiered.student.domain.StudentSort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Students through JPA; pages are fetched with limit and offset, so a list of 100k students stays fast. */
@ApplicationScoped
public class JpaStudentRepository implements StudentRepository {
    @PersistenceContext(unitName = "tiered")
    private EntityManager em;

    @Override
    public Optional<Student> find(String sourcedId) {
        return em.createQuery("select s from Student s join fetch s.school where s.sourcedId = :id", Student.class)
                .setParameter("id", sourcedId).getResultStream().findFirst();
    }

    @Override
    public List<Student> page(StudentFilter filter, StudentSort sort, boolean ascending, int first, int size) {
        String direction = ascending ? " asc" : " desc";
        String order = switch (sort) {
            case GRADE -> "s.grade" + direction + ", s.familyName, s.givenName";
            case SCHOOL -> "s.school.name" + direction + ", s.familyName, s.givenName";
            case SOURCED_ID -> "s.sourcedId" + direction;
            case NAME -> "s.familyName" + direction + ", s.givenName" + direction;
        };
        TypedQuery<Student> query = em.createQuery("select s from Student s join fetch s.school" + where(filter)
                + " order by " + order, Student.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count(StudentFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(s) from Student s" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(StudentFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.schoolIds() != null) {
            where.append(" and s.school.id in :schools");
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            where.append(" and (lower(s.familyName) like :name or lower(s.givenName) like :name)");
        }
        if (filter.caseloadOf() != null) {
            where.append(" and s.id in (select c.studentId from CaseloadMember c where c.staffUserId = :staff)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, StudentFilter filter) {
        if (filter.schoolIds() != null) {
            query.setParameter("schools", filter.schoolIds().isEmpty() ? Set.of(-1L) : filter.schoolIds());
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            query.setParameter("name", filter.name().trim().toLowerCase() + "%");
        }
        if (filter.caseloadOf() != null) {
            query.setParameter("staff", filter.caseloadOf());
        }
    }
}
