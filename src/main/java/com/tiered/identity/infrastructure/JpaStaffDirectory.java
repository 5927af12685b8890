package com.tiered.identity.infrastructure;

import com.tiered.identity.domain.StaffDirectory;
import com.tiered.identity.domain.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaStaffDirectory implements StaffDirectory {
    @PersistenceContext(unitName = "tiered")
    private EntityManager em;

    @Override
    public Optional<StaffUser> find(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :u", StaffUser.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(StaffUser user) {
        em.persist(user);
    }

    @Override
    public void setRole(String username, com.tiered.identity.domain.Role role, boolean held) {
        em.createNativeQuery("delete from staff_role where username = ? and role = ?")
                .setParameter(1, username)
                .setParameter(2, role.name())
                .executeUpdate();
        if (held) {
            em.createNativeQuery("insert into staff_role (username, role) values (?, ?)")
                    .setParameter(1, username)
                    .setParameter(2, role.name())
                    .executeUpdate();
        }
        em.getEntityManagerFactory().getCache().evict(StaffUser.class);
    }

    @Override
    public java.util.List<StaffUser> all() {
        return em.createQuery("select u from StaffUser u order by u.username", StaffUser.class)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from StaffUser u", Long.class).getSingleResult();
    }
}
