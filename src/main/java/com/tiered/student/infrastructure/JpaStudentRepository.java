package com.tiered.student.infrastructure;

import com.tiered.student.domain.Student;
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
    public List<Student> page(Set<Long> schoolIds, String nameFilter, StudentSort sort, boolean ascending, int first,
            int size) {
        String direction = ascending ? " asc" : " desc";
        String order = switch (sort) {
            case GRADE -> "s.grade" + direction + ", s.familyName, s.givenName";
            case SCHOOL -> "s.school.name" + direction + ", s.familyName, s.givenName";
            case SOURCED_ID -> "s.sourcedId" + direction;
            case NAME -> "s.familyName" + direction + ", s.givenName" + direction;
        };
        TypedQuery<Student> query = em.createQuery("select s from Student s join fetch s.school" + where(schoolIds,
                nameFilter) + " order by " + order, Student.class);
        bind(query, schoolIds, nameFilter);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count(Set<Long> schoolIds, String nameFilter) {
        TypedQuery<Long> query = em.createQuery("select count(s) from Student s" + where(schoolIds, nameFilter),
                Long.class);
        bind(query, schoolIds, nameFilter);
        return query.getSingleResult();
    }

    private static String where(Set<Long> schoolIds, String nameFilter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (schoolIds != null) {
            where.append(" and s.school.id in :schools");
        }
        if (nameFilter != null && !nameFilter.isBlank()) {
            where.append(" and (lower(s.familyName) like :name or lower(s.givenName) like :name)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Set<Long> schoolIds, String nameFilter) {
        if (schoolIds != null) {
            query.setParameter("schools", schoolIds.isEmpty() ? Set.of(-1L) : schoolIds);
        }
        if (nameFilter != null && !nameFilter.isBlank()) {
            query.setParameter("name", nameFilter.trim().toLowerCase() + "%");
        }
    }
}
