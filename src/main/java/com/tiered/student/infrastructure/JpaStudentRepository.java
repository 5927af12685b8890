package com.tiered.student.infrastructure;

import com.tiered.student.domain.Student;
import com.tiered.student.domain.StudentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Students through JPA; pages are fetched with limit and offset, so a list of 100k students stays fast. */
@ApplicationScoped
public class JpaStudentRepository implements StudentRepository {
    @PersistenceContext(unitName = "tiered")
    private EntityManager em;

    @Override
    public Optional<Student> find(String sourcedId) {
        return em.createQuery("select s from Student s join fetch s.school where s.sourcedId = :id", Student.class)
                .setParameter("id", sourcedId)
                .getResultStream()
                .findFirst();
    }
}
