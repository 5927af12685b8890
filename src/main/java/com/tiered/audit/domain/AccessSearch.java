package com.tiered.audit.domain;

import java.time.LocalDate;

/** What an administrator looks for in the access log; null or blank fields match everything. */
public record AccessSearch(
        String username, String studentSourcedId, AccessAction action, LocalDate from, LocalDate to) {}
